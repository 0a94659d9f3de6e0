using SiteGen.Model;
using SiteGen.Model.History;

namespace SiteGen.Rendering.Views;

/// <summary>
/// The page's 与上年相比 block, from <see cref="YearOverYear"/>: the department's summary and each continuing project's
/// changes. Every change is said in words (提高/降低/变更, +/−), never by colour alone.
/// </summary>
public sealed record YearOverYearView(
    int PreviousYear,
    string? PreviousUrl,
    string? BudgetTotal,
    int ContinuedCount,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Ended,
    IReadOnlyList<ProjectChangeView> Projects)
{
    /// <summary>The view, or null when neither the department nor any of its projects existed the year before.</summary>
    public static YearOverYearView? From(Site site, Disclosure d, string pagePath)
    {
        if (YearOverYear.For(site, d) is not { } c)
        {
            return null;
        }

        var unit = d.MoneyUnit;
        return new(
            d.Year - 1,
            c.Previous is { } p ? SiteUrls.Relative(pagePath, SiteUrls.Disclosure(p)) : null,
            c.TotalBudget is { } t ? Change(t, unit) : null,
            c.Continued.Count,
            [.. c.Added.Select(p => Named(p.Name, p.WrittenCode))],
            [.. c.Ended.Select(e => Named(e.Name, e.WrittenCode, e.MovedTo is { } to ? $"今年在{to.Name}" : null))],
            [.. c.Continued.Select(x => ProjectChangeView.From(x, unit))]);
    }

    /// <summary>“name（code，note）”; a project published without a 项目编码 shows no code (its derived key is never shown as one).</summary>
    public static string Named(string name, string code, string? note = null)
    {
        var inBrackets = string.Join("，", new[] { code, note }.Where(x => !string.IsNullOrEmpty(x)));
        return inBrackets.Length == 0 ? name : $"{name}（{inBrackets}）";
    }

    /// <summary>“10.00 → 12.00 万元（增加 2.00，+20.00%）”.</summary>
    public static string Change(AmountChange a, string unit)
    {
        var direction = a.Change > 0 ? "增加 " + AmountChange.Text(a.Change) : a.Change < 0 ? "减少 " + AmountChange.Text(-a.Change) : "持平";
        var percent = a.Percent is { } p && a.Change != 0 ? $"，{AmountChange.Signed(p)}%" : "";
        return $"{AmountChange.Text(a.Previous)} → {AmountChange.Text(a.Current)} {unit}（{direction}{percent}）";
    }
}

/// <summary>One continuing project against the year before.</summary>
/// <param name="PreviousDepartment">The department that had the code the year before, when it was another one.</param>
public sealed record ProjectChangeView(
    string Anchor,
    string Caption,
    string Budget,
    string? PreviousDepartment,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<ChangedTarget> Targets)
{
    public bool Unchanged => Added.Count == 0 && Dropped.Count == 0 && Targets.Count == 0;

    public static ProjectChangeView From(ProjectComparison c, string unit) => new(
        SiteUrls.ProjectAnchor(c.Project),
        YearOverYearView.Named(c.Project.Name, c.Project.WrittenCode),
        YearOverYearView.Change(c.Budget, unit),
        c.PreviousDepartment?.Name,
        c.Added,
        c.Dropped,
        c.Changed);
}
