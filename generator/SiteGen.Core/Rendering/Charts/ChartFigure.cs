namespace SiteGen.Rendering.Charts;

/// <summary>
/// Wraps a drawing in what every chart has: a figure with a visible caption, an SVG image named by its
/// title and described in words by its desc, and the same numbers in a table for readers who need them.
/// </summary>
internal static class ChartFigure
{
    /// <summary>The font size of chart text in SVG user units; the layout's text measurements assume it.</summary>
    public const decimal FontSize = 14m;

    public static Html Build(string id, string cssClass, string title, string description, decimal width, decimal height, string drawing, ChartTable table) =>
        Build(id, cssClass, title, description, width, height, drawing, table.Caption, table.LabelHeading, [table.ValueHeading],
            [.. table.Rows.Select(r => (r.Label, (IReadOnlyList<string>)[r.Value]))]);

    /// <summary>The figure with a data table of several value columns (the text alternative of a chart that draws more than one measure).</summary>
    public static Html Build(
        string id, string cssClass, string title, string description, decimal width, decimal height, string drawing,
        string caption, string labelHeading, IReadOnlyList<string> valueHeadings, IReadOnlyList<(string Label, IReadOnlyList<string> Values)> rows)
    {
        var html = new SvgWriter()
            .Raw($"<figure class=\"chart {Html.Escape(cssClass)}\" id=\"{Html.Escape(id)}\">")
            .Element("figcaption", title, ("class", "chart-title"))
            .Raw($"<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"{Html.Escape(id)}-title {Html.Escape(id)}-desc\" "
                + $"viewBox=\"0 0 {SvgWriter.Number(width)} {SvgWriter.Number(height)}\" width=\"100%\" font-size=\"{SvgWriter.Number(FontSize)}\">")
            .Element("title", title, ("id", id + "-title"))
            .Element("desc", description, ("id", id + "-desc"))
            .Raw(drawing.TrimEnd('\n'))
            .Raw("</svg>")
            .Raw("<details class=\"chart-data\">")
            .Raw("<summary>数据表</summary>")
            .Raw("<table class=\"chart-table\">")
            .Element("caption", caption)
            .Raw("<thead>")
            .Raw("<tr>")
            .Element("th", labelHeading, ("scope", "col"));
        foreach (var heading in valueHeadings)
        {
            html.Element("th", heading, ("scope", "col"), ("class", "num"));
        }

        html.Raw("</tr>")
            .Raw("</thead>")
            .Raw("<tbody>");
        foreach (var (label, values) in rows)
        {
            html.Raw("<tr>").Element("th", label, ("scope", "row"));
            foreach (var value in values)
            {
                html.Element("td", value, ("class", "num"));
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody>")
            .Raw("</table>")
            .Raw("</details>")
            .Raw("</figure>");
        return new Html(html.ToString().TrimEnd('\n'));
    }
}
