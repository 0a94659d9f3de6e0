namespace SiteGen.Rendering.Charts;

/// <summary>The numbers of a chart as a two-column table: a label per row and its value as written.</summary>
internal sealed record ChartTable(string Caption, string LabelHeading, string ValueHeading, IReadOnlyList<(string Label, string Value)> Rows);
