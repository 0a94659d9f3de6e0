namespace SiteGen.Rendering.Data;

/// <summary>One CSV listed in a Data Package: its file name beside the package and the kind of table it holds.</summary>
public sealed record PackageResource(string Name, string FileName, CsvKind Kind);

/// <summary>A kind of CSV, with its shipped Table Schema and the columns both are made from.</summary>
public sealed record CsvKind(string Name, string Title, string SchemaPath, IReadOnlyList<CsvColumn> Columns)
{
    public static readonly CsvKind Indicators = new("indicators", "绩效指标（每个指标一行）", DataUrls.IndicatorsCsvSchema, IndicatorTable.Columns);

    public static readonly CsvKind Projects = new("projects", "预算项目（每个项目一行）", DataUrls.ProjectsCsvSchema, ProjectTable.Columns);
}

/// <summary>
/// A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) listing the CSVs of one folder
/// (a year or a disclosure) with real relative paths. The spec forbids ".." in a path, so a package cannot point
/// to data/schema/v1/ from its folder: each resource carries the shipped Table Schema inline (the same object,
/// written by the same code) and names the shipped file's address in <c>schemaUrl</c>.
/// </summary>
public static class DataPackage
{
    public static byte[] Write(string name, string title, IReadOnlyList<PackageResource> resources, Model.SiteSettings settings) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-package");
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("homepage", settings.BaseUrl);
        w.WriteStartArray("resources");
        foreach (var r in resources)
        {
            w.WriteStartObject();
            w.WriteString("profile", "tabular-data-resource");
            w.WriteString("name", r.Name);
            w.WriteString("path", r.FileName);
            w.WriteString("format", "csv");
            w.WriteString("mediatype", "text/csv");
            w.WriteString("encoding", "utf-8");
            TableSchema.WriteDialect(w);
            w.WriteString("schemaUrl", settings.BaseUrl.TrimEnd('/') + "/" + r.Kind.SchemaPath);
            w.WritePropertyName("schema");
            TableSchema.WriteObject(w, r.Kind.Name, r.Kind.Title, r.Kind.Columns, settings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
