using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Every address of the open data (开放数据) in one place, like <see cref="SiteUrls"/> for pages: paths from
/// the site root. The schema folder carries its major version, so a breaking change publishes v2 beside v1.
/// </summary>
public static class DataUrls
{
    /// <summary>The version of every data file's schema; additive changes raise the minor number only.</summary>
    public const string SchemaVersion = "1.2";

    public const string SchemaFolder = "data/schema/v1/";

    public const string DisclosureSchema = SchemaFolder + "disclosure.schema.json";

    public const string IndicatorsCsvSchema = SchemaFolder + "indicators.csv.json";

    public const string ProjectsCsvSchema = SchemaFolder + "projects.csv.json";

    public static string DisclosureJson(Disclosure d) => DisclosureJson(d.Year, d.Department.Code);

    public static string DisclosureJson(int year, string departmentCode) => $"{year}/{departmentCode}/data.json";

    public static string DisclosureIndicatorsCsv(Disclosure d) => DisclosureIndicatorsCsv(d.Year, d.Department.Code);

    public static string DisclosureIndicatorsCsv(int year, string departmentCode) => $"{year}/{departmentCode}/indicators.csv";

    /// <summary>The disclosure printed on A4 (only with <c>sitegen build --pdf</c>), beside its page.</summary>
    public static string DisclosurePdf(Disclosure d) => $"{d.Year}/{d.Department.Code}/{d.Department.Code}-{d.Year}.pdf";

    public static string YearProjectsCsv(int year) => $"{year}/projects.csv";

    public static string YearIndicatorsCsv(int year) => $"{year}/indicators.csv";

    /// <summary>The Frictionless Data Package listing a disclosure's CSVs.</summary>
    public static string DisclosurePackage(Disclosure d) => DisclosurePackage(d.Year, d.Department.Code);

    public static string DisclosurePackage(int year, string departmentCode) => $"{year}/{departmentCode}/datapackage.json";

    /// <summary>The Frictionless Data Package listing a year's CSVs.</summary>
    public static string YearPackage(int year) => $"{year}/datapackage.json";

    /// <summary>A project's place on its disclosure page, from the site root.</summary>
    public static string Project(Disclosure d, Project p) => $"{SiteUrls.Disclosure(d)}#{SiteUrls.ProjectAnchor(p)}";

    /// <summary>An indicator row's place on its disclosure page, from the site root.</summary>
    public static string Indicator(Disclosure d, Project p, int index, bool longTerm) =>
        $"{SiteUrls.Disclosure(d)}#{(longTerm ? SiteUrls.LongTermIndicatorAnchor(p, index) : SiteUrls.IndicatorAnchor(p, index))}";
}
