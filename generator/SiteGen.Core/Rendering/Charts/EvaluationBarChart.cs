using System.Globalization;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Self-evaluation results compared on one 0–100 scale: for each name (a department) two bars, its execution rate
/// (执行率, %) and its average total score (平均分, of 100), each labelled in words with its value, so the two bars are
/// told apart by their text, never by colour alone. The same numbers follow in a table.
/// </summary>
public static class EvaluationBarChart
{
    private const decimal MinWidth = 420m;
    private const decimal Pad = 4m;
    private const decimal Gap = 8m;
    private const decimal LabelColumnMaxEm = 12m;
    private const decimal BarArea = 260m;
    private const decimal LineHeight = 18m;
    private const decimal BarHeight = 16m;
    private const decimal BarGap = 6m;
    private const decimal RowGap = 14m;
    private const decimal Baseline = 5m;

    /// <summary>One name's results: execution rate in percent (null when nothing was budgeted), average score, and how many projects.</summary>
    public sealed record Row(string Label, decimal? Rate, string RateText, decimal Score, string ScoreText, int Projects);

    public static Html For(string title, IReadOnlyList<Row> rows, string idPrefix, string labelHeading)
    {
        var fontSize = ChartFigure.FontSize;
        var labelColumn = Math.Clamp(rows.Select(r => TextMetrics.Width(r.Label, fontSize)).DefaultIfEmpty(0m).Max(), 2 * fontSize, LabelColumnMaxEm * fontSize);
        var valueColumn = rows.Select(r => Math.Max(TextMetrics.Width(RateLabel(r), fontSize), TextMetrics.Width(ScoreLabel(r), fontSize))).DefaultIfEmpty(0m).Max() + Gap;
        var barX = Pad + labelColumn + Gap;
        var width = Math.Max(MinWidth, barX + BarArea + valueColumn + Pad);

        var svg = new SvgWriter();
        var y = Pad;
        foreach (var row in rows)
        {
            var lines = TextMetrics.Wrap(row.Label, labelColumn, fontSize);
            var rowHeight = Math.Max(lines.Count * LineHeight, (2 * BarHeight) + BarGap);
            var middle = y + (rowHeight / 2);
            svg.Text("chart-label", barX - Gap, middle - ((lines.Count - 1) * LineHeight / 2) + Baseline, lines, LineHeight, "end");
            Bar(svg, "chart-bar chart-bar-rate", barX, middle - BarGap / 2 - BarHeight, Math.Min(row.Rate ?? 0m, 100m), RateLabel(row));
            Bar(svg, "chart-bar chart-bar-score", barX, middle + BarGap / 2, row.Score, ScoreLabel(row));
            y += rowHeight + RowGap;
        }

        var height = Math.Max(y - RowGap + Pad, 2 * Pad);
        svg.Element("line", null, ("class", "chart-axis"), ("x1", SvgWriter.Number(barX)), ("y1", SvgWriter.Number(Pad / 2)),
            ("x2", SvgWriter.Number(barX)), ("y2", SvgWriter.Number(height - (Pad / 2))), ("stroke", "currentColor"));

        return Figure(idPrefix, title, Describe(title, rows), width, height, svg.ToString(), labelHeading, rows);
    }

    private static string RateLabel(Row r) => $"执行率 {r.RateText}";

    private static string ScoreLabel(Row r) => $"平均分 {r.ScoreText}";

    private static void Bar(SvgWriter svg, string cssClass, decimal x, decimal top, decimal value, string label)
    {
        var width = Math.Max(value, 0m) / 100m * BarArea;
        svg.Element("rect", null, ("class", cssClass), ("x", SvgWriter.Number(x)), ("y", SvgWriter.Number(top)),
            ("width", SvgWriter.Number(width)), ("height", SvgWriter.Number(BarHeight)), ("fill", "currentColor"));
        svg.Text("chart-value", x + width + 4, top + (BarHeight / 2) + Baseline, [label], LineHeight);
    }

    /// <summary>The numbers in words: how many, and the highest and lowest of each measure.</summary>
    private static string Describe(string title, IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0)
        {
            return $"{title}：没有数据。";
        }

        var rated = rows.Where(r => r.Rate is not null).ToList();
        var rate = rated.Count == 0 ? "" : $"执行率最高的是{rated.MaxBy(r => r.Rate)!.Label}（{rated.MaxBy(r => r.Rate)!.RateText}），最低的是{rated.MinBy(r => r.Rate)!.Label}（{rated.MinBy(r => r.Rate)!.RateText}）；";
        var best = rows.MaxBy(r => r.Score)!;
        var worst = rows.MinBy(r => r.Score)!;
        return $"{title}：共{rows.Count}项，{rows.Sum(r => r.Projects).ToString(CultureInfo.InvariantCulture)}个自评项目。{rate}平均分最高的是{best.Label}（{best.ScoreText}），最低的是{worst.Label}（{worst.ScoreText}）。";
    }

    private static Html Figure(string id, string title, string description, decimal width, decimal height, string drawing, string labelHeading, IReadOnlyList<Row> rows) =>
        ChartFigure.Build(id, "chart-bars chart-evaluation", title, description, width, height, drawing, title, labelHeading, ["自评项目数", "执行率", "平均分"],
            [.. rows.Select(r => (r.Label, (IReadOnlyList<string>)[r.Projects.ToString(CultureInfo.InvariantCulture), r.RateText, r.ScoreText]))]);
}
