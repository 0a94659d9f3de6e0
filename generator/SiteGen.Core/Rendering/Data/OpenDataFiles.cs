using SiteGen.Model;

namespace SiteGen.Rendering.Data;

/// <summary>
/// The site's open data (开放数据): per disclosure its data.json and indicators.csv, per year a CSV of all
/// projects and one of all indicators, a datapackage.json beside each folder's CSVs, and the versioned schemas describing them. Same site, same bytes.
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
            Schema(CsvKind.Indicators, site.Settings),
            Schema(CsvKind.Projects, site.Settings),
        };
        foreach (var d in site.Disclosures)
        {
            files.Add(new(DataUrls.DisclosureJson(d), () => DisclosureJson.Write(d, Model.History.YearOverYear.For(site, d))));
            files.Add(new(DataUrls.DisclosureIndicatorsCsv(d), () => CsvWriter.Write(IndicatorTable.Columns, IndicatorTable.Rows(d, baseUrl))));
            files.Add(new(DataUrls.DisclosurePackage(d), () => DataPackage.Write(
                $"budget-{d.Year}-{d.Department.Code}".ToLowerInvariant(), $"{d.Year}年 {d.Department.Name} 预算绩效目标",
                [new("indicators", "indicators.csv", CsvKind.Indicators)], site.Settings)));
        }

        // Site.Disclosures is ordered by year then department code, so the year files are too.
        foreach (var year in site.Disclosures.GroupBy(d => d.Year).Select(g => g.ToList()))
        {
            files.Add(new(DataUrls.YearProjectsCsv(year[0].Year), () => CsvWriter.Write(ProjectTable.Columns, year.SelectMany(d => ProjectTable.Rows(d, baseUrl)))));
            files.Add(new(DataUrls.YearIndicatorsCsv(year[0].Year), () => CsvWriter.Write(IndicatorTable.Columns, year.SelectMany(d => IndicatorTable.Rows(d, baseUrl)))));
            files.Add(new(DataUrls.YearPackage(year[0].Year), () => DataPackage.Write(
                $"budget-{year[0].Year}", $"{year[0].Year}年 预算绩效目标",
                [new("projects", "projects.csv", CsvKind.Projects), new("indicators", "indicators.csv", CsvKind.Indicators)], site.Settings)));
        }

        return files;
    }

    private static PlannedFile Schema(CsvKind kind, SiteSettings settings) =>
        new(kind.SchemaPath, () => TableSchema.Write(kind.Name, kind.Title, kind.Columns, settings));
}
