using System.Globalization;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Budgets compared as horizontal bars, the best shape for long Chinese names: each name in a label column
/// sized to the names (wrapped when very long), its bar proportional to the value, the value as written after it.
/// </summary>
public static class BudgetBarChart
{
    private const decimal MinWidth = 400m;
    private const decimal Pad = 4m;
    private const decimal Gap = 8m;
    private const decimal LabelColumnMaxEm = 12m;
    private const decimal MinBarArea = 120m;
    private const decimal LineHeight = 18m;
    private const decimal BarHeight = 18m;
    private const decimal RowGap = 8m;
    private const decimal Baseline = 5m; // about 0.35em: centres a line of text on a y

    /// <param name="title">What is compared, such as 2022年各部门预算总额; the unit is added to it.</param>
    /// <param name="bars">In the order to draw, top to bottom; values must be in <paramref name="unit"/>.</param>
    /// <param name="unit">万元 or 元.</param>
    /// <param name="idPrefix">The figure's id, unique on the page; the SVG's title and desc ids start with it.</param>
    /// <param name="labelHeading">The heading of the names in the data table (项目, 部门).</param>
    public static Html For(string title, IReadOnlyList<(string Label, decimal Value, string ValueText)> bars, string unit, string idPrefix, string labelHeading = "名称")
    {
        var fontSize = ChartFigure.FontSize;
        var labelColumn = Math.Clamp(bars.Select(b => TextMetrics.Width(b.Label, fontSize)).DefaultIfEmpty(0m).Max(), 2 * fontSize, LabelColumnMaxEm * fontSize);
        var valueColumn = bars.Select(b => TextMetrics.Width(b.ValueText, fontSize)).DefaultIfEmpty(0m).Max() + Gap;
        var barX = Pad + labelColumn + Gap;
        var width = Math.Max(MinWidth, barX + MinBarArea + valueColumn + Pad);
        var barArea = width - barX - valueColumn - Pad;
        var max = bars.Select(b => b.Value).DefaultIfEmpty(0m).Max();

        var svg = new SvgWriter();
        var y = Pad;
        foreach (var (label, value, valueText) in bars)
        {
            var lines = TextMetrics.Wrap(label, labelColumn, fontSize);
            var rowHeight = Math.Max(lines.Count * LineHeight, BarHeight);
            var middle = y + (rowHeight / 2);
            var barWidth = max <= 0 ? 0 : Math.Max(value, 0) / max * barArea;
            svg.Text("chart-label", barX - Gap, middle - ((lines.Count - 1) * LineHeight / 2) + Baseline, lines, LineHeight, "end");
            svg.Element("rect", null, ("class", "chart-bar"), ("x", SvgWriter.Number(barX)), ("y", SvgWriter.Number(middle - (BarHeight / 2))),
                ("width", SvgWriter.Number(barWidth)), ("height", SvgWriter.Number(BarHeight)), ("fill", "currentColor"));
            svg.Text("chart-value", barX + barWidth + 4, middle + Baseline, [valueText], LineHeight);
            y += rowHeight + RowGap;
        }

        var height = Math.Max(y - RowGap + Pad, 2 * Pad);
        svg.Element("line", null, ("class", "chart-axis"), ("x1", SvgWriter.Number(barX)), ("y1", SvgWriter.Number(Pad / 2)),
            ("x2", SvgWriter.Number(barX)), ("y2", SvgWriter.Number(height - (Pad / 2))), ("stroke", "currentColor"));

        var fullTitle = $"{title}（{unit}）";
        var table = new ChartTable(fullTitle, labelHeading, $"金额（{unit}）", [.. bars.Select(b => (b.Label, b.ValueText))]);
        return ChartFigure.Build(idPrefix, "chart-bars", fullTitle, Describe(title, bars, unit), width, height, svg.ToString(), table);
    }

    /// <summary>The numbers in words: how many, the total, the largest and the smallest.</summary>
    private static string Describe(string title, IReadOnlyList<(string Label, decimal Value, string ValueText)> bars, string unit)
    {
        switch (bars.Count)
        {
            case 0:
                return $"{title}：没有数据。";
            case 1:
                return $"{title}：{bars[0].Label}{bars[0].ValueText}{unit}。";
        }

        var places = bars.Max(b => b.ValueText.Contains('.', StringComparison.Ordinal) ? b.ValueText.Length - b.ValueText.IndexOf('.', StringComparison.Ordinal) - 1 : 0);
        var total = Math.Round(bars.Sum(b => b.Value), places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var largest = bars.MaxBy(b => b.Value);
        var smallest = bars.MinBy(b => b.Value);
        return $"{title}：共{bars.Count}项，合计{total}{unit}。最多的是{largest.Label}，{largest.ValueText}{unit}；最少的是{smallest.Label}，{smallest.ValueText}{unit}。";
    }
}
