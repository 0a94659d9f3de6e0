using SiteGen.Diagnostics;

namespace SiteGen.Model.Rules;

/// <summary>
/// Matches the rows of a document that follows a project's published targets (a self-evaluation, a mid-year
/// monitoring) to the target rows, by the row's key: the target's <c>id</c>, else its 三级指标 name, never its position,
/// so reordering or editing the target table keeps every row in place.
/// </summary>
/// <param name="Unknown">A row's key names no published indicator.</param>
/// <param name="Ambiguous">A row's key is a name that several indicators of the project share.</param>
/// <param name="Duplicate">Two rows name the same indicator.</param>
/// <param name="Missing">A published indicator has no row (reported only when every row matched).</param>
/// <param name="Document">What the document is called in messages: 自评, 运行监控.</param>
/// <param name="MissingConsequence">What a missing row means, after the colon of its message.</param>
internal sealed record IndicatorMatcher(
    DiagnosticCode Unknown,
    DiagnosticCode Ambiguous,
    DiagnosticCode Duplicate,
    DiagnosticCode Missing,
    string Document,
    string MissingConsequence)
{
    /// <summary>The row of each published indicator, by position (null where none), or null on a broken match (reported).</summary>
    public T?[]? Match<T>(Project project, IEnumerable<T> rows, Func<T, string> keyOf, Func<T, SourceLocation> locationOf, SourceLocation documentLocation, DiagnosticBag diagnostics)
        where T : class
    {
        var indicators = project.Indicators;
        var matched = new T?[indicators.Count];
        var broken = false;
        foreach (var row in rows)
        {
            var key = keyOf(row);
            var byId = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].Id == key).ToList();
            var byName = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].Name == key).ToList();
            var found = byId.Count > 0 ? byId : byName;
            if (found.Count == 0)
            {
                diagnostics.Report(Unknown, locationOf(row),
                    $"项目 “{project.Code}” 已公开的绩效指标中没有 “{key}”：三级指标名称须与 projects/ 中一致，或使用指标行的 id");
                broken = true;
            }
            else if (found.Count > 1)
            {
                diagnostics.Report(Ambiguous, locationOf(row),
                    $"项目 “{project.Code}” 有 {found.Count} 个名为 “{key}” 的指标：给这些指标行加上 id（如 id: {project.Code}-1），{Document}用 id 对应");
                broken = true;
            }
            else if (matched[found[0]] is not null)
            {
                diagnostics.Report(Duplicate, locationOf(row), $"指标 “{key}” 在这份{Document}中出现了两次");
                broken = true;
            }
            else
            {
                matched[found[0]] = row;
            }
        }

        for (var i = 0; i < indicators.Count && !broken; i++)
        {
            if (matched[i] is null)
            {
                diagnostics.Report(Missing, documentLocation,
                    $"已公开的指标 “{indicators[i].Name}”（{indicators[i].Target.Text}）没有{Document}：{MissingConsequence}");
            }
        }

        return broken ? null : matched;
    }
}
