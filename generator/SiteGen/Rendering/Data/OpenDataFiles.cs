using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// The site's open data (开放数据): per disclosure its data.json and indicators.csv, per year a CSV of all
/// projects and one of all indicators, and the versioned schemas describing them. Same site, same bytes.
/// </summary>
public static class OpenDataFiles
{
    /// <summary>Every open-data file, made one at a time as the caller takes them (a province has thousands).</summary>
    public static IEnumerable<OutputFile> For(Site site) =>
        SiteWide(site).Concat(site.Disclosures.SelectMany(d => ForDisclosure(d, site.Settings.BaseUrl)));

    /// <summary>The schemas and the per-year CSVs.</summary>
    public static IEnumerable<OutputFile> SiteWide(Site site)
    {
        var baseUrl = site.Settings.BaseUrl;
        yield return new(DataUrls.DisclosureSchema, DisclosureJsonSchema.Write(baseUrl));
        yield return new(DataUrls.IndicatorsCsvSchema, TableSchema.Write("indicators", "绩效指标（每个指标一行）", "{年度}/indicators.csv 和 {年度}/{部门编码}/indicators.csv", IndicatorTable.Columns, site.Settings));
        yield return new(DataUrls.ProjectsCsvSchema, TableSchema.Write("projects", "预算项目（每个项目一行）", "{年度}/projects.csv", ProjectTable.Columns, site.Settings));

        // Site.Disclosures is ordered by year then department code, so the year files are too.
        foreach (var year in site.Disclosures.GroupBy(d => d.Year))
        {
            yield return new(DataUrls.YearProjectsCsv(year.Key), CsvWriter.Write(ProjectTable.Columns, year.SelectMany(d => ProjectTable.Rows(d, baseUrl))));
            yield return new(DataUrls.YearIndicatorsCsv(year.Key), CsvWriter.Write(IndicatorTable.Columns, year.SelectMany(d => IndicatorTable.Rows(d, baseUrl))));
        }
    }

    /// <summary>One disclosure's data.json and indicators.csv.</summary>
    public static IEnumerable<OutputFile> ForDisclosure(Disclosure d, string baseUrl)
    {
        yield return new(DataUrls.DisclosureJson(d), DisclosureJson.Write(d));
        yield return new(DataUrls.DisclosureIndicatorsCsv(d), CsvWriter.Write(IndicatorTable.Columns, IndicatorTable.Rows(d, baseUrl)));
    }
}
