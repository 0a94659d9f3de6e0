using SiteGen.Model;

namespace SiteGen.Rendering.Search;

/// <summary>
/// The searchable entries of a site, in the site's order: each disclosure, then each of its projects
/// followed by that project's indicator rows (the yearly table, then the long-term one).
/// </summary>
public static class SearchDocuments
{
    private const string Separator = " · ";

    /// <summary>The entries of every disclosure, made on all cores (the Markdown of each becomes plain text), in site order.</summary>
    public static IReadOnlyList<SearchDocument> For(Site site)
    {
        var perDisclosure = new List<SearchDocument>[site.Disclosures.Count];
        Parallel.For(0, perDisclosure.Length, i => perDisclosure[i] = For(site.Disclosures[i]));
        return [.. perDisclosure.SelectMany(documents => documents)];
    }

    /// <summary>The entries of one disclosure in site order: the department, then each project and its indicator rows.</summary>
    public static List<SearchDocument> For(Disclosure d) =>
        [.. OfKind(d, SearchKind.Department).Concat(d.Projects.SelectMany(p => (IEnumerable<SearchDocument>)[Project(d, p), .. IndicatorsOf(d, p)]))];

    /// <summary>The entries of one kind of a disclosure, in site order (the index numbers each kind of a year apart).</summary>
    public static IEnumerable<SearchDocument> OfKind(Disclosure d, SearchKind kind) => kind switch
    {
        SearchKind.Department => [Department(d)],
        SearchKind.Project => d.Projects.Select(p => Project(d, p)),
        SearchKind.Indicator => d.Projects.SelectMany(p => IndicatorsOf(d, p)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>How many entries <see cref="For(Disclosure)"/> makes, without making them.</summary>
    public static int Count(Disclosure d) => 1 + d.Projects.Sum(p => 1 + p.Indicators.Count + p.Details.LongTermIndicators.Count);

    private static IEnumerable<SearchDocument> IndicatorsOf(Disclosure d, Project p)
    {
        var evaluation = d.EvaluatedProjects.FirstOrDefault(e => ReferenceEquals(e.Project, p));
        var monitoring = d.MonitoredProjects.FirstOrDefault(m => ReferenceEquals(m.Project, p));
        return p.Indicators.Select((i, n) => Indicator(d, p, i, SiteUrls.IndicatorAnchor(p, n), longTerm: false,
                evaluation?.Indicators.FirstOrDefault(s => ReferenceEquals(s.Published, i)),
                monitoring?.Rows.FirstOrDefault(r => ReferenceEquals(r.Published, i))))
            .Concat(p.Details.LongTermIndicators.Select((i, n) => Indicator(d, p, i, SiteUrls.LongTermIndicatorAnchor(p, n), longTerm: true)));
    }

    private static SearchDocument Department(Disclosure d)
    {
        var goals = d.OverallGoals;
        var text = Lines(
            [d.Department.ShortName, d.Department.Code, Plain(goals.Intro), .. goals.Items.Select(Plain), .. d.SubGoals.Select(g => g.Title)]);
        var snippet = goals.Items.Count > 0 ? Plain(goals.Items[0]) : Plain(goals.Intro);
        return new SearchDocument(
            SearchKind.Department,
            d.Year,
            $"{d.Department.Name} {d.Year}年",
            $"{d.Year}年{Separator}部门编码 {d.Department.Code}",
            SiteUrls.Disclosure(d),
            text,
            SearchText.Shorten(snippet));
    }

    private static SearchDocument Project(Disclosure d, Project p)
    {
        var text = Lines([p.WrittenCode, Plain(p.Purpose), .. p.Goals.Select(Plain), .. p.Details.LongTermGoals.Select(Plain)]);
        return new SearchDocument(
            SearchKind.Project,
            d.Year,
            p.Name,
            $"{d.Year}年{Separator}{d.Department.Name}{Separator}项目编码 {p.WrittenCode}",
            SiteUrls.Disclosure(d) + "#" + SiteUrls.ProjectAnchor(p),
            text,
            SearchText.Shorten(Plain(p.Purpose)));
    }

    /// <param name="scored">The indicator's self-evaluation, whose actual and 偏差原因 are searched too (so 调离 finds why a target was missed).</param>
    /// <param name="monitored">The indicator's mid-year monitoring, whose 原因说明 is searched too.</param>
    private static SearchDocument Indicator(Disclosure d, Project p, Indicator i, string anchor, bool longTerm, Model.Evaluation.ScoredIndicator? scored = null, Model.Monitoring.MonitoredRow? monitored = null)
    {
        var snippet = string.IsNullOrEmpty(i.Description) ? $"指标值 {i.Target.Text}" : $"指标值 {i.Target.Text}{Separator}{i.Description}";
        return new SearchDocument(
            SearchKind.Indicator,
            d.Year,
            i.Name,
            $"{d.Year}年{Separator}{d.Department.Name}{Separator}{p.Name}{(longTerm ? "（长期绩效指标）" : "")}",
            SiteUrls.Disclosure(d) + "#" + anchor,
            Lines([i.Description, i.Target.Text, scored?.Row.Actual, Plain(scored?.Row.Deviation), Plain(monitored?.Row.Explanation)]),
            SearchText.Shorten(snippet));
    }

    private static string Plain(Prose? prose) => prose is null ? "" : SearchText.PlainText(prose.Markdown);

    private static string Lines(IEnumerable<string?> parts) => string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
}
