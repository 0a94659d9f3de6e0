using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// The site's open data (开放数据): per disclosure its data.json and indicators.csv, per year a CSV of all
/// projects and one of all indicators, and the versioned schemas describing them. Same site, same bytes.
/// </summary>
public static class OpenDataFiles
{
    public static IReadOnlyList<OutputFile> For(Site site) => [.. Planned(site).Select(f => f.Make())];

    /// <summary>The same files, in the same order, each made only when asked for.</summary>
    public static IReadOnlyList<PlannedFile> Planned(Site site)
    {
        var baseUrl = site.Settings.BaseUrl;
        var files = new List<PlannedFile>
        {
            new(DataUrls.DisclosureSchema, () => DisclosureJsonSchema.Write(baseUrl)),
            new(DataUrls.IndicatorsCsvSchema, () => TableSchema.Write("indicators", "绩效指标（每个指标一行）", "{年度}/indicators.csv 和 {年度}/{部门编码}/indicators.csv", IndicatorTable.Columns, site.Settings)),
            new(DataUrls.ProjectsCsvSchema, () => TableSchema.Write("projects", "预算项目（每个项目一行）", "{年度}/projects.csv", ProjectTable.Columns, site.Settings)),
        };
        foreach (var d in site.Disclosures)
        {
            files.Add(new(DataUrls.DisclosureJson(d), () => DisclosureJson.Write(d)));
            files.Add(new(DataUrls.DisclosureIndicatorsCsv(d), () => CsvWriter.Write(IndicatorTable.Columns, IndicatorTable.Rows(d, baseUrl))));
        }

        // Site.Disclosures is ordered by year then department code, so the year files are too.
        foreach (var year in site.Disclosures.GroupBy(d => d.Year).Select(g => g.ToList()))
        {
            files.Add(new(DataUrls.YearProjectsCsv(year[0].Year), () => CsvWriter.Write(ProjectTable.Columns, year.SelectMany(d => ProjectTable.Rows(d, baseUrl)))));
            files.Add(new(DataUrls.YearIndicatorsCsv(year[0].Year), () => CsvWriter.Write(IndicatorTable.Columns, year.SelectMany(d => IndicatorTable.Rows(d, baseUrl)))));
        }

        return files;
    }
}
