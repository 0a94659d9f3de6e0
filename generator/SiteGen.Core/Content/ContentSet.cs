namespace SiteGen.Content;

/// <summary>One content file, read and parsed; <see cref="Root"/> is null when it could not be used.</summary>
public sealed record ContentFile(string Path, YamlNode? Root);

/// <summary>The files of one disclosure: its disclosure.yml and its projects, in publishing order (not yet parsed).</summary>
/// <param name="Evaluations">The self-evaluations in <c>evaluation/*.yml</c> beside it (DOMAIN.md, "The year's cycle"), if any.</param>
/// <param name="Monitorings">The mid-year monitoring (运行监控) in <c>monitoring/*.yml</c> beside it, if any.</param>
/// <param name="DepartmentEvaluation">The department's own self-evaluation (部门整体自评), <c>department-evaluation.yml</c> beside it, if any.</param>
public sealed record DisclosureFiles(
    string Disclosure,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string>? Evaluations = null,
    IReadOnlyList<string>? Monitorings = null,
    string? DepartmentEvaluation = null)
{
    public IReadOnlyList<string> EvaluationFiles => Evaluations ?? [];

    public IReadOnlyList<string> MonitoringFiles => Monitorings ?? [];

    /// <summary>Every file the disclosure is built from: what a cache must stamp, so that an edit to any of them is seen.</summary>
    public IReadOnlyList<string> All =>
        [Disclosure, .. Projects, .. EvaluationFiles, .. MonitoringFiles, .. (DepartmentEvaluation is null ? [] : new[] { DepartmentEvaluation })];
}

/// <summary>Everything found in the content folder (site.yml parsed), before it is bound to the model.</summary>
public sealed record ContentSet(ContentFile? Site, IReadOnlyList<DisclosureFiles> Disclosures);
