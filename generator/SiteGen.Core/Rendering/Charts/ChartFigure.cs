namespace SiteGen.Rendering.Charts;

/// <summary>
/// Wraps a drawing in what every chart has: a figure with a visible caption, an SVG image named by its
/// title and described in words by its desc, and the same numbers in a table for readers who need them.
/// </summary>
internal static class ChartFigure
{
    /// <summary>The font size of chart text in SVG user units; the layout's text measurements assume it.</summary>
    public const decimal FontSize = 14m;

    public static Html Build(string id, string cssClass, string title, string description, decimal width, decimal height, string drawing, ChartTable table)
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
            .Element("caption", table.Caption)
            .Raw("<thead>")
            .Raw("<tr>")
            .Element("th", table.LabelHeading, ("scope", "col"))
            .Element("th", table.ValueHeading, ("scope", "col"), ("class", "num"))
            .Raw("</tr>")
            .Raw("</thead>")
            .Raw("<tbody>");
        foreach (var (label, value) in table.Rows)
        {
            html.Raw("<tr>")
                .Element("th", label, ("scope", "row"))
                .Element("td", value, ("class", "num"))
                .Raw("</tr>");
        }

        html.Raw("</tbody>")
            .Raw("</table>")
            .Raw("</details>")
            .Raw("</figure>");
        return new Html(html.ToString().TrimEnd('\n'));
    }
}
