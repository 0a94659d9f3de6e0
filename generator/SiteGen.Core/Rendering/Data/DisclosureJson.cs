using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// data.json: the whole disclosure as data. Amounts are strings exactly as written ("10.00"), because a JSON
/// number is read as a binary float by most programs and would lose the written places or exactness.
/// Prose is the Markdown source; every field is present, null when the document leaves it out.
/// </summary>
public static class DisclosureJson
{
    public static byte[] Write(Disclosure d) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", SiteUrls.Relative(DataUrls.DisclosureJson(d), DataUrls.DisclosureSchema));
        w.WriteString("schema_version", DataUrls.SchemaVersion);
        w.WriteString("url", SiteUrls.Disclosure(d));
        w.WriteNumber("year", d.Year);
        w.WriteString("framework", d.Framework.Name);
        w.WriteString("money_unit", d.MoneyUnit);
        Department(w, "department", d.Department);
        w.WriteStartObject("part_one");
        Section(w, "overall_goals", d.OverallGoals);
        w.WriteStartArray("sub_goals");
        foreach (var goal in d.SubGoals)
        {
            w.WriteStartObject();
            w.WriteString("title", goal.Title);
            w.WriteString("text", goal.Text.Markdown);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Section(w, "measures", d.Measures);
        w.WriteEndObject();
        w.WriteStartArray("projects");
        foreach (var project in d.Projects)
        {
            Project(w, d, project);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Department(Utf8JsonWriter w, string name, Department department)
    {
        w.WriteStartObject(name);
        w.WriteString("code", department.Code);
        w.WriteString("name", department.Name);
        w.Text("short_name", department.ShortName);
        w.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter w, string name, NumberedSection? section)
    {
        if (section is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.Text("intro", section.Intro?.Markdown);
        w.Strings("items", section.Items.Select(i => i.Markdown));
        w.WriteEndObject();
    }

    private static void Project(Utf8JsonWriter w, Disclosure d, Project p)
    {
        w.WriteStartObject();
        w.WriteString("code", p.Code);
        w.WriteString("name", p.Name);
        w.WriteString("url", DataUrls.Project(d, p));
        Department(w, "unit", p.Unit);
        w.WriteStartObject("budget");
        w.WriteString("total", p.Budget.Total.Text);
        w.Text("fiscal", p.Budget.Fiscal?.Text);
        w.Text("other", p.Budget.Other?.Text);
        w.WriteEndObject();
        w.WriteString("purpose", p.Purpose.Markdown);
        w.WriteStartArray("spending_plan");
        foreach (var checkpoint in p.SpendingPlan)
        {
            w.WriteStartObject();
            w.WriteString("checkpoint", checkpoint.Label);
            w.WriteString("percent", checkpoint.Percent.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Strings("goals", p.Goals.Select(g => g.Markdown));
        Indicators(w, "indicators", d, p, p.Indicators, longTerm: false);
        Details(w, d, p);
        w.WriteEndObject();
    }

    private static void Details(Utf8JsonWriter w, Disclosure d, Project p)
    {
        var details = p.Details;
        w.WriteStartObject("details");
        w.Text("supervising_department", details.SupervisingDepartment);
        w.Text("implementing_unit", details.ImplementingUnit);
        w.Text("manager", details.Manager);
        w.Text("attribute", details.Attribute);
        w.Text("category", details.Category);
        w.Text("period", details.Period);
        w.Text("approval_basis", details.ApprovalBasis?.Markdown);
        w.Text("subject_code", details.SubjectCode);
        w.Strings("long_term_goals", details.LongTermGoals.Select(g => g.Markdown));
        Indicators(w, "long_term_indicators", d, p, details.LongTermIndicators, longTerm: true);
        w.WriteStartArray("cost_breakdown");
        foreach (var cost in details.CostBreakdown)
        {
            w.WriteStartObject();
            w.WriteString("item", cost.Item);
            w.Text("amount", cost.Amount?.Text);
            w.Text("basis", cost.Basis);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Indicators(Utf8JsonWriter w, string name, Disclosure d, Project p, IReadOnlyList<Indicator> indicators, bool longTerm)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            w.WriteStartObject();
            w.WriteString("level1", x.Level1);
            w.WriteString("level2", x.Level2);
            w.WriteString("name", x.Name);
            w.Text("description", x.Description);
            w.WriteStartObject("target");
            w.WriteString("text", x.Target.Text);
            w.WriteString("kind", TargetData.Kind(x.Target));
            w.Text("operator", TargetData.Operator(x.Target));
            w.Text("number", TargetData.Number(x.Target));
            w.Text("magnitude", x.Target.Magnitude);
            w.Text("scaled_number", TargetData.ScaledNumber(x.Target));
            w.Text("unit", x.Target.Unit);
            w.Text("note", x.Target.Note);
            w.WriteEndObject();
            w.Text("basis", x.Basis);
            w.Text("weight", x.Weight?.Text);
            w.WriteBoolean("core", x.IsCore);
            w.Text("previous_target", x.PreviousTarget);
            w.WriteString("url", DataUrls.Indicator(d, p, i, longTerm));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
