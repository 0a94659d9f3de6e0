using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Markdown;

namespace SiteGen.Rendering.Views;

/// <summary>A department's disclosure page: Part 1 as numbered prose, Part 2 as one form per project.</summary>
public sealed record DisclosureView(
    int Year,
    string Title,
    Department Department,
    string MoneyUnit,
    string Framework,
    string BudgetTotal,
    IReadOnlyList<SectionView> PartOne,
    IReadOnlyList<ProjectView> Projects,
    IReadOnlyList<DownloadView> Downloads)
{
    public int ProjectCount => Projects.Count;

    /// <summary>The budget of each project as bars, in the document's money unit; null with fewer than two projects.</summary>
    public Html? BudgetChart { get; init; }

    /// <summary>索引号, 发布日期 and the rest, shown above the disclosure; null when the content states none.</summary>
    public PublicInfoView? Info { get; init; }

    /// <summary>False for a disclosure of projects only (a single-project form): the page says there is no Part 1.</summary>
    public bool HasPartOne { get; init; } = true;

    /// <summary>部门整体绩效目标表's indicators in the official table layout; null when Part 1 has none.</summary>
    public IndicatorTableView? DepartmentIndicators { get; init; }

    /// <summary>The evaluated projects by total score; null when none is evaluated.</summary>
    public DepartmentEvaluationView? Evaluation { get; init; }

    /// <summary>部门整体自评 (department-evaluation.yml); null when the department has published none.</summary>
    public DepartmentSelfEvaluationView? DepartmentSelfEvaluation { get; init; }

    /// <param name="withPdf">Whether the build prints the disclosure as a PDF, which the page then offers for download.</param>
    private static ProjectView WithEvaluation(ProjectView view, Project p, Disclosure d) =>
        d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p)) is { } score
            ? view with { Evaluation = EvaluationView.From(score, view.Id) with { FormUrl = SiteUrls.Link(SiteUrls.Disclosure(d), SiteUrls.SelfEvaluation(d)) + "#" + view.Id } }
            : view;

    private static ProjectView WithMonitoring(ProjectView view, Project p, Disclosure d) =>
        d.MonitoredProjects.FirstOrDefault(m => ReferenceEquals(m.Project, p)) is { } monitored
            ? view with { Monitoring = MonitoringView.From(monitored, view.Id) }
            : view;

    public static DisclosureView From(Disclosure d, bool withPdf = false) => new(
        d.Year,
        TitleOf(d),
        d.Department,
        d.MoneyUnit,
        d.Framework.Name,
        BudgetTotals.Format(BudgetTotals.Total(d)),
        PartOneOf(d),
        [.. d.Projects.Select((p, i) => WithMonitoring(WithEvaluation(ProjectView.From(p, i + 1, d.MoneyUnit), p, d), p, d))],
        DownloadsOf(d, withPdf))
    {
        BudgetChart = d.Projects.Count < 2 ? null : BudgetBarChart.For(
            $"{d.Department.Name}{d.Year}年各项目预算数",
            [.. d.Projects.Select(p => (p.Name, p.Budget.Total.Value, p.Budget.Total.Text))],
            d.MoneyUnit,
            "budget-chart",
            "项目"),
        Info = PublicInfoView.From(d.Info),
        HasPartOne = d.HasPartOne,
        DepartmentIndicators = d.DepartmentLevelIndicators.Count > 0 ? IndicatorTableView.From(d.DepartmentLevelIndicators, "department-i") : null,
        Evaluation = DepartmentEvaluationView.From(d),
        DepartmentSelfEvaluation = DepartmentSelfEvaluationView.From(d.DepartmentSelfEvaluation) is { } dse
            ? dse with { FormUrl = SiteUrls.Link(SiteUrls.Disclosure(d), SiteUrls.SelfEvaluation(d)) }
            : null,
    };

    /// <summary>The disclosure's open data, and its PDF when one is printed, linked from its page.</summary>
    private static List<DownloadView> DownloadsOf(Disclosure d, bool withPdf)
    {
        var page = SiteUrls.Disclosure(d);
        List<DownloadView> downloads = withPdf ? [DownloadView.Of(page, "打印版（PDF，A4）", DataUrls.DisclosurePdf(d), "PDF", null)] : [];
        downloads.Add(DownloadView.Of(page, "全部内容（JSON）", DataUrls.DisclosureJson(d), "JSON", DataUrls.DisclosureSchema));
        downloads.Add(DownloadView.Of(page, "绩效指标表（CSV，可用 Excel 打开）", DataUrls.DisclosureIndicatorsCsv(d), "CSV", DataUrls.IndicatorsCsvSchema));
        // For data tools (frictionless, CKAN…): the CSV's path, encoding and Table Schema in one file.
        downloads.Add(DownloadView.Of(page, "数据包描述（Data Package，供数据工具读取 CSV）", DataUrls.DisclosurePackage(d), "JSON", null));
        return downloads;
    }

    public static string TitleOf(Disclosure d) => $"{d.Department.Name}{d.Year}年预算绩效目标";

    /// <summary>总体绩效目标, 分项绩效目标 and 工作保障措施, numbered 一、二、三、 by which are present.</summary>
    private static List<SectionView> PartOneOf(Disclosure d)
    {
        var sections = new List<(string Title, string Id, Html? Intro, IReadOnlyList<Html> Items)>();
        if (d.OverallGoals.Intro is not null || d.OverallGoals.Items.Count > 0)
        {
            // Absent only when Part 1 is a table without prose goals, or when there is no Part 1 at all.
            sections.Add(("总体绩效目标", "overall-goals", Intro(d.OverallGoals), Numbered(d.OverallGoals.Items, n => $"{ChineseNumerals.Of(n)}是")));
        }

        if (d.SubGoals.Count > 0)
        {
            sections.Add(("分项绩效目标", "sub-goals", null, [.. d.SubGoals.Select((g, i) => SubGoal(g, i + 1))]));
        }

        if (d.Measures is { } measures)
        {
            sections.Add(("工作保障措施", "measures", Intro(measures), Numbered(measures.Items, n => $"{ChineseNumerals.Of(n)}是")));
        }

        return [.. sections.Select((s, i) => new SectionView($"{ChineseNumerals.Of(i + 1)}、{s.Title}", s.Id, s.Intro, s.Items))];
    }

    private static Html? Intro(NumberedSection section) => section.Intro is { } intro ? MarkdownRenderer.Render(intro) : null;

    internal static List<Html> Numbered(IReadOnlyList<Prose> items, Func<int, string> number) =>
        [.. items.Select((item, i) => MarkdownRenderer.Render(item, new Html(Html.Escape(number(i + 1)))))];

    /// <summary>"一、<b>title。</b>text": the full stop is added unless the title already ends a sentence.</summary>
    private static Html SubGoal(SubGoal goal, int number)
    {
        var title = goal.Title.Length > 0 && "。！？；：.!?;:".Contains(goal.Title[^1], StringComparison.Ordinal) ? goal.Title : goal.Title + "。";
        return MarkdownRenderer.Render(goal.Text, new Html($"{ChineseNumerals.Of(number)}、<strong>{Html.Escape(title)}</strong>"));
    }
}

/// <summary>A numbered section of Part 1: its heading, an anchor id, an introduction and its paragraphs.</summary>
public sealed record SectionView(string Title, string Id, Html? Intro, IReadOnlyList<Html> Items);
