using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Import.Recognition;

namespace SiteGen.Import.Evaluation;

/// <summary>One published indicator a form's row can name: its 三级指标 name (the evaluation's key) and its target.</summary>
internal sealed record TargetIndicator(string Name, string Target);

/// <summary>One published project: its key (the code, or the key derived from the name), its name and its indicators.</summary>
internal sealed record TargetProject(string Key, string? WrittenCode, string Name, string? UnitName, IReadOnlyList<TargetIndicator> Indicators);

/// <summary>
/// One disclosure a form can evaluate, in the content folder or being imported in the same run: where it lives (its
/// evaluation/ goes beside it), its money unit, and the evaluation files it has already (by project key).
/// </summary>
internal sealed record TargetDisclosure(
    int Year,
    string DepartmentCode,
    string DepartmentName,
    string MoneyUnit,
    string Folder,
    IReadOnlyList<TargetProject> Projects,
    IReadOnlyDictionary<string, string> ExistingEvaluations);

/// <summary>The targets a 自评表 is matched against: the published content, and the disclosures this run imports.</summary>
internal static class PublishedTargets
{
    /// <summary>
    /// The disclosures of the content folder as the build binds them (problems in them are <c>sitegen check</c>'s, not
    /// this import's), with a disclosure imported in this run in place of the one it replaces.
    /// </summary>
    public static IReadOnlyList<TargetDisclosure> Of(string contentDir, IReadOnlyList<(string Folder, DisclosureDraft Draft)> importing)
    {
        var targets = importing.Select(p => FromDraft(p.Folder, p.Draft)).ToList();
        if (!Directory.Exists(contentDir))
        {
            return targets;
        }

        var ignored = new DiagnosticBag();
        var content = ContentLoader.Load(contentDir, ignored);
        foreach (var disclosure in Model.SiteModelBuilder.BuildDisclosures(content.Disclosures, ignored).OfType<Model.Disclosure>())
        {
            if (targets.Any(t => t.Year == disclosure.Year && t.DepartmentCode == disclosure.Department.Code))
            {
                continue; // replaced by the import of this run
            }

            var folder = Path.GetDirectoryName(disclosure.Location.Path)!;
            var existing = disclosure.EvaluatedProjects.ToDictionary(e => e.Project.Code, e => e.Evaluation.Location.Path, StringComparer.Ordinal);
            var projects = disclosure.Projects.Select(p => new TargetProject(p.Code, p.CodeDerived ? null : p.Code, p.Name, p.Unit.Name,
                [.. p.Indicators.Select(i => new TargetIndicator(i.Name, i.Target.Text.Trim()))])).ToList();
            targets.Add(new TargetDisclosure(disclosure.Year, disclosure.Department.Code, disclosure.Department.Name, disclosure.MoneyUnit, folder, projects, existing));
        }

        return targets;
    }

    private static TargetDisclosure FromDraft(string folder, DisclosureDraft draft) =>
        new(draft.Year, draft.Department.Code, draft.Department.Name, draft.MoneyUnit, folder,
            [.. draft.Projects.Select(p => new TargetProject(p.Code ?? Model.ProjectKeys.FromName(p.Name), p.Code, p.Name, p.Unit?.Name,
                [.. p.Indicators.Select(i => new TargetIndicator(i.Name, i.Target.Trim()))]))],
            new Dictionary<string, string>(StringComparer.Ordinal));
}
