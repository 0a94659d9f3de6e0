using SiteGen.Import;
using SiteGen.Import.Writing;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>Runs an import in-process into a content folder of a temp folder and gives easy access to what it wrote.</summary>
internal sealed record ImportRun(ImportResult Result, string ContentDir)
{
    public static readonly SiteSettingsInput BundledSite = new("临西县预算绩效目标公开", "临西县财政局", "https://www.example.gov.cn/xxgk/jxmb/");

    public static ImportRun Of(TempFolder folder, string file, bool force = false, string? encoding = null, int? year = null)
    {
        var contentDir = folder.Join("content");
        return new ImportRun(Importer.Import(new ImportOptions([file], contentDir, force, encoding, year, BundledSite)), contentDir);
    }

    public string DisclosureFolder => Result.Imported.Single().Folder;

    public string Yaml(string relativePath) => File.ReadAllText(Path.Join(DisclosureFolder, relativePath));

    public string Project(int number) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Join(DisclosureFolder, "projects")).Order(StringComparer.Ordinal).ElementAt(number - 1));

    public IEnumerable<string> Codes(string code) => Result.Diagnostics.Where(d => d.Code == code).Select(d => d.ToString());

    public string Report => string.Join('\n', Result.Diagnostics);
}
