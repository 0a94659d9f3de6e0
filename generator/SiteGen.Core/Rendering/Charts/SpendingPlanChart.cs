using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// A project's cumulative spending plan (资金支出计划) as a line over its checkpoints on a 0–100% axis,
/// with each checkpoint's percent as written.
/// </summary>
public static class SpendingPlanChart
{
    private const decimal Width = 400m;
    private const decimal Left = 46m;
    private const decimal Right = 12m;
    private const decimal Top = 26m;
    private const decimal PlotHeight = 130m;
    private const decimal LineHeight = 18m;
    private const decimal Baseline = 5m; // about 0.35em: centres a line of text on a y

    /// <summary>The chart, or null when the project has no spending plan.</summary>
    public static Html? For(Project p, string idPrefix)
    {
        var plan = p.SpendingPlan;
        if (plan.Count == 0)
        {
            return null;
        }

        var fontSize = ChartFigure.FontSize;
        var slot = (Width - Left - Right) / plan.Count;
        var bottom = Top + PlotHeight;
        var svg = new SvgWriter();

        foreach (var tick in new[] { 0m, 25m, 50m, 75m, 100m })
        {
            var y = YOf(tick);
            svg.Element("line", null, ("class", tick == 0 ? "chart-axis" : "chart-grid"), ("x1", SvgWriter.Number(Left)), ("y1", SvgWriter.Number(y)),
                ("x2", SvgWriter.Number(Width - Right)), ("y2", SvgWriter.Number(y)), ("stroke", "currentColor"));
            svg.Text("chart-tick", Left - 6, y + Baseline, [string.Create(CultureInfo.InvariantCulture, $"{tick:0}%")], LineHeight, "end");
        }

        var xs = MonthPositions(plan, fontSize) ?? [.. plan.Select((_, i) => Left + (slot * (i + 0.5m)))];
        var points = plan.Select((c, i) => (X: xs[i], Y: YOf(c.Percent.Value))).ToList();
        svg.Element("polyline", null, ("class", "chart-line"),
            ("points", string.Join(" ", points.Select(pt => $"{SvgWriter.Number(pt.X)},{SvgWriter.Number(pt.Y)}"))),
            ("fill", "none"), ("stroke", "currentColor"));

        // Values are drawn only when every one fits its slot; otherwise the table below holds them.
        var values = plan.Select(c => c.Percent.Text + "%").ToList();
        var spacing = xs.Zip(xs.Skip(1)).Select(p => p.Second - p.First).DefaultIfEmpty(slot).Min();
        var valuesFit = values.All(v => TextMetrics.Width(v, fontSize) <= spacing - 2);
        var labelLines = 1;
        for (var i = 0; i < plan.Count; i++)
        {
            var (x, y) = points[i];
            svg.Element("circle", null, ("class", "chart-point"), ("cx", SvgWriter.Number(x)), ("cy", SvgWriter.Number(y)), ("r", "3.5"), ("fill", "currentColor"));
            if (valuesFit)
            {
                svg.Text("chart-value", Inside(x, TextMetrics.Width(values[i], fontSize)), y - 8, [values[i]], LineHeight, "middle");
            }

            var label = TextMetrics.Wrap(plan[i].Label, Math.Max(spacing - 4, fontSize), fontSize);
            labelLines = Math.Max(labelLines, label.Count);
            svg.Text("chart-label", Inside(x, label.Max(l => TextMetrics.Width(l, fontSize))), bottom + LineHeight + 2, label, LineHeight, "middle");
        }

        var height = bottom + 6 + (labelLines * LineHeight) + 6;
        var title = $"{p.Name}资金支出计划（累计%）";
        var description = $"{p.Name}的资金累计支出计划：" + string.Join("，", plan.Select(c => $"{c.Label}累计支出{c.Percent.Text}%")) + "。";
        var table = new ChartTable(title, "时间节点", "累计支出（%）", [.. plan.Select(c => (c.Label, c.Percent.Text))]);
        return ChartFigure.Build(idPrefix, "chart-plan", title, description, Width, height, svg.ToString(), table);
    }

    /// <summary>
    /// Checkpoints named by month (3月底, 10月末, 12月) stand where they fall in the year, so uneven steps look
    /// uneven; otherwise, or when their labels would collide, null and the checkpoints are spaced evenly.
    /// </summary>
    private static List<decimal>? MonthPositions(IReadOnlyList<SpendingCheckpoint> plan, decimal fontSize)
    {
        var months = plan.Select(c => Month.Match(c.Label)).Select(m => m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0).ToList();
        if (months.Any(m => m is < 1 or > 12) || months.Zip(months.Skip(1)).Any(p => p.First >= p.Second))
        {
            return null;
        }

        var plotWidth = Width - Left - Right;
        var xs = months.Select(m => Left + (plotWidth * (m - 0.5m) / 12)).ToList();
        var widest = plan.Max(c => TextMetrics.Width(c.Label, fontSize));
        return xs.Zip(xs.Skip(1)).All(p => p.Second - p.First >= widest + 4) ? xs : null;
    }

    private static readonly Regex Month = new(@"^\s*(\d{1,2})\s*月(?:底|末|份)?\s*$", RegexOptions.CultureInvariant);

    /// <summary>The centre of a text of <paramref name="width"/> near <paramref name="x"/> that keeps it inside the drawing.</summary>
    private static decimal Inside(decimal x, decimal width) => Math.Clamp(x, Left + (width / 2), Math.Max(Left + (width / 2), Width - 1 - (width / 2)));

    private static decimal YOf(decimal percent) => Top + (PlotHeight * (1 - (Math.Clamp(percent, 0m, 100m) / 100m)));
}
