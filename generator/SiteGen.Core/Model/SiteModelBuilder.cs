using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model.Binding;
using SiteGen.Model.Rules;

namespace SiteGen.Model;

/// <summary>
/// Parses each disclosure's files, binds them to the model and applies the domain rules; every problem is reported.
/// Disclosures are independent, so they are loaded in parallel, and each one's YAML tree is garbage as soon as
/// it is bound: holding the trees of 10,000 disclosures took 1.4 GB and most of the build's time in GC.
/// </summary>
public static class SiteModelBuilder
{
    /// <summary>The site, or null when the content is too broken to publish (the reasons are in the bag).</summary>
    /// <param name="bind">
    /// Binds the disclosures' files, in their order (null where one could not be bound); by default
    /// <see cref="BuildDisclosures"/>. A build's cache passes its own, which reuses disclosures whose files did not change.
    /// </param>
    /// <param name="includeDrafts">Keep the drafts in the site (the preview shows them); a build leaves them out.</param>
    public static Site? Build(ContentSet content, DiagnosticBag diagnostics, Func<IReadOnlyList<DisclosureFiles>, DiagnosticBag, IReadOnlyList<Disclosure?>>? bind = null, bool includeDrafts = false)
    {
        var settings = BindSettings(content, diagnostics);
        var loaded = (bind ?? BuildDisclosures)(content.Disclosures, diagnostics);
        return Assemble(settings, loaded, diagnostics, includeDrafts);
    }

    /// <summary>Every disclosure bound anew, in parallel, in the order of its files (null where one could not be bound).</summary>
    public static IReadOnlyList<Disclosure?> BuildDisclosures(IReadOnlyList<DisclosureFiles> disclosures, DiagnosticBag diagnostics) =>
        BuildDisclosures(disclosures, diagnostics, null);

    /// <param name="progress">Counts each disclosure as it is bound.</param>
    public static IReadOnlyList<Disclosure?> BuildDisclosures(IReadOnlyList<DisclosureFiles> disclosures, DiagnosticBag diagnostics, BuildProgress? progress)
    {
        progress?.Expect(disclosures.Count);
        var loaded = new Disclosure?[disclosures.Count];
        Parallel.For(0, loaded.Length, i =>
        {
            loaded[i] = BuildDisclosure(disclosures[i], diagnostics);
            progress?.Step();
        });
        return loaded;
    }

    /// <summary>The settings of site.yml (already parsed by the loader), or null (reported).</summary>
    public static SiteSettings? BindSettings(ContentSet content, DiagnosticBag diagnostics) =>
        content.Site is { Root: var siteRoot, Path: var sitePath }
            ? SiteSettingsBinder.Bind(siteRoot, diagnostics, Path.GetDirectoryName(sitePath))
            : null;

    /// <summary>
    /// The site from its settings and its disclosures, each built on its own by <see cref="BuildDisclosure"/> (null
    /// for one that could not be bound); applies the rules across disclosures, which is why a disclosure reused from
    /// an earlier build is still checked against the others.
    /// </summary>
    /// <remarks>
    /// Drafts are bound and checked like any disclosure (also against the others: a draft of a year already published
    /// is a duplicate), then left out unless <paramref name="includeDrafts"/>, each with an info line.
    /// </remarks>
    public static Site? Assemble(SiteSettings? settings, IEnumerable<Disclosure?> loaded, DiagnosticBag diagnostics, bool includeDrafts = false)
    {
        var disclosures = loaded
            .OfType<Disclosure>()
            .OrderBy(d => d.Year)
            .ThenBy(d => d.Department.Code, StringComparer.Ordinal)
            .ToList();
        DisclosureRules.CheckOnePerDepartmentAndYear(disclosures, diagnostics);
        foreach (var draft in disclosures.Where(d => d.Draft))
        {
            diagnostics.Report(DiagnosticCodes.DraftLeftOut, draft.Location, includeDrafts
                ? $"草稿（draft: true）：预览中显示，sitegen build 不发布 {draft.Year} 年度 {draft.Department.Name}"
                : $"草稿（draft: true），不发布 {draft.Year} 年度 {draft.Department.Name}：要发布，删除 draft 这一行或改为 false");
        }

        if (!includeDrafts)
        {
            disclosures.RemoveAll(d => d.Draft);
        }

        if (settings is not null)
        {
            ProseRules.Check(settings, diagnostics);
        }

        return settings is null ? null : new Site(settings, disclosures);
    }

    /// <summary>Parses, binds and checks one disclosure's files; null when it cannot be published (reported). Thread-safe.</summary>
    public static Disclosure? BuildDisclosure(DisclosureFiles files, DiagnosticBag diagnostics) =>
        BuildDisclosure(
            ContentLoader.Parse(files.Disclosure, diagnostics).Root,
            [.. files.Projects.Select(file => ContentLoader.Parse(file, diagnostics).Root)],
            diagnostics,
            [.. files.EvaluationFiles.Select(file => ContentLoader.Parse(file, diagnostics).Root)],
            [.. files.MonitoringFiles.Select(file => ContentLoader.Parse(file, diagnostics).Root)],
            departmentEvaluationRoot: files.DepartmentEvaluation is { } departmentEvaluation ? ContentLoader.Parse(departmentEvaluation, diagnostics).Root : null);

    /// <summary>Binds and checks one disclosure from parsed YAML (the fuzzer feeds it without files).</summary>
    public static Disclosure? BuildDisclosure(YamlNode? disclosureRoot, IReadOnlyList<YamlNode?> projectRoots, DiagnosticBag diagnostics, IReadOnlyList<YamlNode?>? evaluationRoots = null,
        IReadOnlyList<YamlNode?>? monitoringRoots = null, YamlNode? departmentEvaluationRoot = null)
    {
        var department = DisclosureBinder.PeekDepartment(disclosureRoot);
        var projects = projectRoots
            .Select(root => ProjectBinder.Bind(root, department, diagnostics))
            .OfType<Project>()
            .ToList();
        var disclosure = DisclosureBinder.Bind(disclosureRoot, projects, diagnostics);
        var evaluations = (evaluationRoots ?? []).Select(root => EvaluationBinder.Bind(root, diagnostics)).ToList();
        var monitorings = (monitoringRoots ?? []).Select(root => MonitoringBinder.Bind(root, diagnostics)).ToList();
        var departmentEvaluation = departmentEvaluationRoot is null ? null : DepartmentEvaluationBinder.Bind(departmentEvaluationRoot, diagnostics);
        if (disclosure is null)
        {
            return null;
        }

        DisclosureRules.CheckProjectCodesUnique(projects, diagnostics);
        if (evaluations.Count > 0 && projectRoots.Count == projects.Count)
        {
            // Only against a complete set of projects: a project that did not bind would make its evaluation "unknown".
            disclosure = disclosure with { Evaluations = EvaluationRules.Score(projects, [.. evaluations.OfType<Evaluation.ProjectEvaluation>()], diagnostics) };
        }

        if (monitorings.Count > 0 && projectRoots.Count == projects.Count)
        {
            disclosure = disclosure with { Monitorings = MonitoringRules.Match(disclosure.Year, projects, [.. monitorings.OfType<Monitoring.ProjectMonitoring>()], diagnostics) };
        }

        if (departmentEvaluation is not null)
        {
            DepartmentEvaluationRules.Check(departmentEvaluation, diagnostics);
            disclosure = disclosure with { DepartmentSelfEvaluation = departmentEvaluation };
        }

        ProseRules.Check(disclosure, diagnostics);
        if (disclosure.DepartmentLevelIndicators is { Count: > 0 } departmentIndicators)
        {
            // 部门整体绩效目标表: the same pairs and targets are checked as in a project's table.
            IndicatorRules.Check(departmentIndicators, "部门整体绩效指标表", disclosure.Framework, departmentIndicators[0].At.Row, diagnostics);
        }

        foreach (var project in projects)
        {
            ProjectRules.Check(project, diagnostics);
            IndicatorRules.Check(project.Indicators, "绩效指标表", disclosure.Framework, project.IndicatorsLocation, diagnostics);
            IndicatorRules.Check(project.Details.LongTermIndicators, "长期绩效指标表", disclosure.Framework, project.IndicatorsLocation, diagnostics);
        }

        var departmentEvaluationBound = departmentEvaluationRoot is null || departmentEvaluation is not null;
        return projectRoots.Count == projects.Count && !evaluations.Contains(null) && !monitorings.Contains(null) && departmentEvaluationBound ? disclosure : null;
    }
}
