using SiteGen.Diagnostics;

namespace SiteGen.Model.Rules;

/// <summary>Checks across the projects of one disclosure and across disclosures.</summary>
internal static class DisclosureRules
{
    public static void CheckProjectCodesUnique(IReadOnlyList<Project> projects, DiagnosticBag diagnostics)
    {
        foreach (var group in projects.GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateProjectCode, duplicate.Location,
                    $"项目编码 “{duplicate.Code}” 与 {first.Location.Path} 中的项目 “{first.Name}” 重复");
            }
        }
    }

    public static void CheckOnePerDepartmentAndYear(IReadOnlyList<Disclosure> disclosures, DiagnosticBag diagnostics)
    {
        foreach (var group in disclosures.GroupBy(d => (d.Year, d.Department.Code)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateDisclosure, duplicate.Location,
                    $"{duplicate.Year} 年部门 “{duplicate.Department.Code}” 已有公开文档 {first.Location.Path}");
            }
        }
    }
}
