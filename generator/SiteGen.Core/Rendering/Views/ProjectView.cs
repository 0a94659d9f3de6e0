using SiteGen.Format;
using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>One project's table, laid out like the official form (预算项目绩效目标表).</summary>
/// <param name="Number">Its place in Part 2, for the caption "1、…绩效目标表".</param>
/// <param name="Id">The anchor of the project on its disclosure page.</param>
/// <param name="Details">The optional fields other provinces' forms carry, only those filled in.</param>
public sealed record ProjectView(
    int Number,
    string Id,
    string Code,
    string Name,
    string Caption,
    Department Unit,
    string MoneyUnit,
    BudgetView Budget,
    Html Purpose,
    IReadOnlyList<CheckpointView> SpendingPlan,
    IReadOnlyList<Html> Goals,
    IndicatorTableView Indicators,
    IReadOnlyList<DetailView> Details,
    Html? ApprovalBasis,
    IReadOnlyList<Html> LongTermGoals,
    IndicatorTableView? LongTermIndicators,
    IReadOnlyList<CostItemView> CostBreakdown)
{
    /// <summary>The spending plan drawn as a chart, or null when there is no plan.</summary>
    public Html? SpendingChart { get; init; }

    /// <summary>The project's self-evaluation, or null: a disclosure without one renders exactly as before.</summary>
    public EvaluationView? Evaluation { get; init; }

    /// <summary>The project's mid-year monitoring, or null: a disclosure without one renders exactly as before.</summary>
    public MonitoringView? Monitoring { get; init; }

    /// <summary>What cross-year links look the project up by: its 项目编码, or the key derived from its name when it has none.</summary>
    public string Key { get; init; } = Code;

    public static ProjectView From(Project p, int number, string moneyUnit)
    {
        var id = SiteUrls.ProjectAnchor(p);
        return new ProjectView(
            number,
            id,
            p.WrittenCode,
            p.Name,
            $"{number}、{p.Name}绩效目标表",
            p.Unit,
            moneyUnit,
            new BudgetView(p.Budget.Total.Text, p.Budget.Fiscal?.Text ?? "", p.Budget.Other?.Text ?? ""),
            MarkdownRenderer.Render(p.Purpose),
            [.. p.SpendingPlan.Select(c => new CheckpointView(c.Label, c.Percent.Text))],
            DisclosureView.Numbered(p.Goals, n => $"{n}、"),
            IndicatorTableView.From(p.Indicators, id + "-i"),
            DetailsOf(p.Details),
            p.Details.ApprovalBasis is { } basis ? MarkdownRenderer.Render(basis) : null,
            DisclosureView.Numbered(p.Details.LongTermGoals, n => $"{n}、"),
            p.Details.LongTermIndicators.Count > 0 ? IndicatorTableView.From(p.Details.LongTermIndicators, id + "-lt") : null,
            [.. p.Details.CostBreakdown.Select(c => new CostItemView(c.Item, c.Amount?.Text ?? "", c.Basis ?? ""))])
        {
            SpendingChart = SpendingPlanChart.For(p, id + "-plan-chart"),
            Key = p.Code,
        };
    }

    /// <summary>The filled-in optional fields, labelled with their titles in the content format.</summary>
    private static List<DetailView> DetailsOf(ProjectDetails d)
    {
        var f = ContentFormat.Project;
        return
        [
            .. new (ContentField Field, string? Value)[]
            {
                (f.SupervisingDepartment, d.SupervisingDepartment),
                (f.ImplementingUnit, d.ImplementingUnit),
                (f.Manager, d.Manager),
                (f.Attribute, d.Attribute),
                (f.Category, d.Category),
                (f.Period, d.Period),
                (f.SubjectCode, d.SubjectCode),
                (f.FundingSource, d.FundingSource),
            }
            .Where(x => !string.IsNullOrEmpty(x.Value))
            .Select(x => new DetailView(x.Field.Title, x.Value!)),
        ];
    }
}

/// <summary>预算规模 as written; a blank cell stays blank.</summary>
public sealed record BudgetView(string Total, string Fiscal, string Other);

/// <summary>A spending-plan checkpoint and its cumulative percent, as written.</summary>
public sealed record CheckpointView(string Label, string Percent);

/// <summary>A label and value of an optional project field.</summary>
public sealed record DetailView(string Label, string Value);

/// <summary>A cost-composition line as written.</summary>
public sealed record CostItemView(string Item, string Amount, string Basis);
