using SiteGen.Diagnostics;
using SiteGen.Model.Frameworks;

namespace SiteGen.Model;

/// <summary>One department's performance-target disclosure for one budget year (预算绩效目标公开).</summary>
/// <param name="MoneyUnit">金额单位 of every amount in the document: 万元 or 元.</param>
/// <param name="Draft">草稿 (<c>draft: true</c>): previewed by <c>sitegen serve</c>, left out of <c>sitegen build</c>.</param>
/// <param name="Info">Public-information metadata (索引号, dates…); null when the content states none.</param>
/// <param name="DepartmentSelfEvaluation">部门整体自评 (department-evaluation.yml), when the department has published it.</param>
public sealed record Disclosure(
    int Year,
    IndicatorFramework Framework,
    Department Department,
    string MoneyUnit,
    NumberedSection OverallGoals,
    IReadOnlyList<SubGoal> SubGoals,
    NumberedSection? Measures,
    IReadOnlyList<Project> Projects,
    SourceLocation Location,
    bool Draft = false,
    IReadOnlyList<Evaluation.ProjectScore>? Evaluations = null,
    PublicInfo? Info = null,
    IReadOnlyList<Indicator>? DepartmentIndicators = null,
    Evaluation.DepartmentEvaluation? DepartmentSelfEvaluation = null,
    IReadOnlyList<Monitoring.MonitoredProject>? Monitorings = null)
{
    /// <summary>
    /// Whether the disclosure has a Part 1 at all: a single-project form (申报表) is projects only, and its page says
    /// so instead of showing empty sections. An absent <c>overall_goals</c> binds as an empty section.
    /// </summary>
    public bool HasPartOne =>
        OverallGoals.Intro is not null || OverallGoals.Items.Count > 0 || SubGoals.Count > 0 || Measures is not null || DepartmentLevelIndicators.Count > 0;

    /// <summary>部门整体绩效目标表's indicator rows, when Part 1 is written as a table; empty otherwise.</summary>
    public IReadOnlyList<Indicator> DepartmentLevelIndicators => DepartmentIndicators ?? [];

    /// <summary>The scored self-evaluations, in publishing order; empty when the disclosure has none.</summary>
    public IReadOnlyList<Evaluation.ProjectScore> EvaluatedProjects => Evaluations ?? [];

    /// <summary>The mid-year monitorings (运行监控), in publishing order; empty when the disclosure has none.</summary>
    public IReadOnlyList<Monitoring.MonitoredProject> MonitoredProjects => Monitorings ?? [];

    /// <summary>
    /// Every Markdown text of the disclosure, Part 1 then each project: the one list that checks (unsafe links) and
    /// reports (where a broken link was written) walk, so a new prose field is added here once.
    /// </summary>
    public IEnumerable<Prose> AllProse()
    {
        IEnumerable<Prose?> part1 =
        [
            OverallGoals.Intro,
            .. OverallGoals.Items,
            .. SubGoals.Select(g => g.Text),
            Measures?.Intro,
            .. Measures?.Items ?? [],
        ];
        var part2 = Projects.SelectMany(p => (IEnumerable<Prose?>)
        [
            p.Purpose,
            .. p.Goals,
            p.Details.ApprovalBasis,
            .. p.Details.LongTermGoals,
        ]);
        var evaluations = EvaluatedProjects.SelectMany(e => (IEnumerable<Prose?>)
        [
            e.Evaluation.Conclusion,
            .. e.Evaluation.Indicators.Select(i => i.Deviation),
        ]);
        var monitorings = MonitoredProjects.SelectMany(m => m.Rows.Select(r => r.Row.Explanation));
        return part1.Concat(part2).Concat(evaluations).Concat(monitorings).Append(DepartmentSelfEvaluation?.Conclusion).OfType<Prose>();
    }
}

/// <summary>A section of Part 1: an introduction followed by numbered paragraphs (一是…, 二是…).</summary>
public sealed record NumberedSection(Prose? Intro, IReadOnlyList<Prose> Items);

/// <summary>A sub-goal (分项绩效目标): a short title and its text.</summary>
public sealed record SubGoal(string Title, Prose Text);
