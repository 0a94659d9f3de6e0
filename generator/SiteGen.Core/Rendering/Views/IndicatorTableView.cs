using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// An indicator table with the official form's merged cells: a 一级 cell spans the run of rows below it
/// with the same 一级 text, a 二级 cell the run with the same 一级 and 二级. Runs follow the order the
/// department wrote; nothing is regrouped.
/// </summary>
public sealed record IndicatorTableView(bool HasWeight, bool HasPreviousTarget, bool HasCore, IReadOnlyList<IndicatorRowView> Rows)
{
    public static IndicatorTableView From(IReadOnlyList<Indicator> indicators, string idPrefix)
    {
        var rows = new IndicatorRowView[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            var startsLevel1 = i == 0 || indicators[i - 1].Level1 != row.Level1;
            var startsLevel2 = startsLevel1 || indicators[i - 1].Level2 != row.Level2;
            rows[i] = new IndicatorRowView(
                $"{idPrefix}{i + 1}",
                row.Level1,
                startsLevel1 ? RunLength(indicators, i, sameLevel2: false) : 0,
                row.Level2,
                startsLevel2 ? RunLength(indicators, i, sameLevel2: true) : 0,
                row.Name,
                row.Description ?? "",
                row.Target.Text,
                row.Basis ?? "",
                row.Weight?.Text ?? "",
                row.IsCore,
                row.PreviousTarget ?? "");
        }

        return new IndicatorTableView(indicators.Any(i => i.Weight is not null), indicators.Any(i => i.PreviousTarget is not null), indicators.Any(i => i.IsCore), rows);
    }

    private static int RunLength(IReadOnlyList<Indicator> rows, int start, bool sameLevel2)
    {
        var end = start + 1;
        while (end < rows.Count
            && rows[end].Level1 == rows[start].Level1
            && (!sameLevel2 || rows[end].Level2 == rows[start].Level2))
        {
            end++;
        }

        return end - start;
    }
}

/// <summary>
/// One indicator row. A rowspan of 0 means the cell is covered by the merged cell above and is not written.
/// </summary>
public sealed record IndicatorRowView(
    string Id,
    string Level1,
    int Level1Rowspan,
    string Level2,
    int Level2Rowspan,
    string Name,
    string Description,
    string Target,
    string Basis,
    string Weight,
    bool IsCore,
    string PreviousTarget);
