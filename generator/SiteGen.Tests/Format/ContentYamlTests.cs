using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model;
using SiteGen.Model.Binding;

namespace SiteGen.Tests.Format;

/// <summary>
/// The one content writer (import, sample and new sites write through it): keys in the format's order, each value in
/// the style of its type, and whatever it writes binds back to the same values.
/// </summary>
public sealed class ContentYamlTests
{
    private static readonly ProjectFormat P = ContentFormat.Project;
    private static readonly IndicatorFormat I = ContentFormat.Indicator;

    [Fact]
    public void Fields_are_written_in_the_format_order_whatever_order_they_were_set_in()
    {
        var map = new ContentMap(P).Set(P.Goals, ["目标。"]).Set(P.Name, "项目").Set(P.Code, "A-1");

        var yaml = ContentYaml.Write(map);

        var keys = yaml.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["code", "name", "budget", "purpose", "goals", "indicators"], keys);
    }

    [Fact]
    public void A_required_field_without_a_value_is_written_blank_for_a_person_to_fill_and_an_optional_one_is_left_out()
    {
        var yaml = ContentYaml.Write(new ContentMap(P).Set(P.Code, "A-1").Set(P.Manager, (string?)null));

        Assert.Contains("\nbudget:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\nindicators:\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("manager", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一段。")]
    [InlineData("第一段。\n\n第二段：有冒号 # 和井号。")]
    [InlineData("- 看起来像列表\n\n> 看起来像引用")]
    public void Prose_is_a_literal_block_that_reads_back_as_the_same_text(string text)
    {
        var yaml = ContentYaml.Write(Minimal().Set(P.Purpose, text));

        Assert.Contains("purpose: |\n", yaml, StringComparison.Ordinal);
        var project = Bind(yaml);
        Assert.Equal(text, project.Purpose.Markdown);
    }

    [Fact]
    public void Lists_of_mappings_put_the_first_key_on_the_dash_and_bind_back_to_the_same_rows()
    {
        var rows = new[] { ("产出指标", "数量指标", "新闻数", "≥230篇"), ("满意度指标", "服务对象满意度指标", "满意度", ">=90%") };
        var map = Minimal().Set(P.Indicators, rows.Select(r => new ContentMap(I).Set(I.Level1, r.Item1).Set(I.Level2, r.Item2).Set(I.Name, r.Item3).Set(I.Target, r.Item4).Set(I.Core, "true").Set(I.Weight, "10.50")));

        var yaml = ContentYaml.Write(map);

        Assert.Contains("  - level1: 产出指标\n    level2: 数量指标\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    core: true\n", yaml, StringComparison.Ordinal);
        var project = Bind(yaml);
        Assert.Equal(rows.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4)), project.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)));
        Assert.All(project.Indicators, i => Assert.Equal("10.50", i.Weight!.Text));
    }

    [Fact]
    public void A_blank_amount_is_written_as_a_key_with_no_value_and_binds_as_blank()
    {
        var b = ContentFormat.Budget;
        var yaml = ContentYaml.Write(Minimal().Set(P.Budget, new ContentMap(b).Set(b.Total, "10.00").SetBlank(b.Other)));

        Assert.Contains("budget:\n  total: 10.00\n  other:\n", yaml, StringComparison.Ordinal);
        Assert.Null(Bind(yaml).Budget.Other);
    }

    [Fact]
    public void Comments_go_first_and_above_their_field()
    {
        var s = ContentFormat.Site;
        var yaml = ContentYaml.Write(new ContentMap(s).Set(s.Title, "标题").Comment(s.Title, "网站标题"), ContentYaml.SchemaComment("", "site.schema.json"));

        Assert.StartsWith("# yaml-language-server: $schema=.schema/site.schema.json\n# 网站标题\ntitle: 标题\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_of_another_mapping_is_a_bug_not_a_silent_key()
    {
        Assert.Throws<InvalidOperationException>(() => new ContentMap(P).Set(I.Target, "≥1个"));
        Assert.Throws<InvalidOperationException>(() => new ContentMap(P).Set(P.Goals, "不是列表"));
    }

    private static ContentMap Minimal()
    {
        var b = ContentFormat.Budget;
        return new ContentMap(P).Set(P.Code, "A-1").Set(P.Name, "项目").Set(P.Purpose, "用途。").Set(P.Goals, ["目标。"])
            .Set(P.Budget, new ContentMap(b).Set(b.Total, "10.00"))
            .Set(P.Indicators, [new ContentMap(I).Set(I.Level1, "产出指标").Set(I.Level2, "数量指标").Set(I.Name, "数").Set(I.Target, "≥1个")]);
    }

    private static Project Bind(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var project = ProjectBinder.Bind(YamlReader.Read(yaml, "p.yml", diagnostics), new Department("1", "部门", null), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return project!;
    }
}
