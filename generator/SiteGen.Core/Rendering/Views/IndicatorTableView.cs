using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>
/// An indicator table with the official form's merged 一级 and 二级 cells (<see cref="MergedCells"/>).
/// </summary>
public sealed record IndicatorTableView(bool HasWeight, bool HasPreviousTarget, bool HasCore, IReadOnlyList<IndicatorRowView> Rows)
{
    public static IndicatorTableView From(IReadOnlyList<Indicator> indicators, string idPrefix)
    {
        var rows = new IndicatorRowView[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            var spans = MergedCells.At(indicators, i, r => r.Level1, r => r.Level2);
            rows[i] = new IndicatorRowView(
                $"{idPrefix}{i + 1}",
                row.Level1,
                spans.Level1,
                row.Level2,
                spans.Level2,
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
