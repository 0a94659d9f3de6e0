using System.Globalization;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Data;

namespace SiteGen.Bench.Hugo;

/// <summary>
/// Writes a Hugo site over the same data as a SiteGen content folder, for the side-by-side benchmark
/// (<c>.ci/bench --vs-hugo</c>): one page per disclosure whose front matter is the disclosure as data (the very JSON
/// SiteGen publishes as data.json), a section per year, a home page, and layouts with the same structure as SiteGen's
/// templates — Part 1 sections, one form per project, indicator tables with their 一级/二级 cells merged (rowspans
/// computed by the template, as SiteGen computes them at build time), Markdown rendered by Hugo. Hugo renders pages,
/// its sitemap and RSS; SiteGen also writes open data, CSVs, the search index, feeds and checks every link, so the
/// comparison is conservative.
/// </summary>
public static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(string contentDir, string templatesDir, string outputDir)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteModelBuilder.Build(ContentLoader.Load(contentDir, diagnostics), diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.Sorted())
            {
                Console.Error.WriteLine(d);
            }

            return 1;
        }

        if (Directory.Exists(outputDir))
        {
            Directory.Delete(outputDir, recursive: true);
        }

        var content = Path.Join(outputDir, "content");
        File(outputDir, "config.json", Config(site));
        File(content, "_index.md", FrontMatter(site.Settings.Title));
        foreach (var year in site.Disclosures.Select(d => d.Year).Distinct())
        {
            File(Path.Join(content, Invariant(year)), "_index.md", FrontMatter($"{year}年预算绩效目标"));
        }

        Parallel.ForEach(site.Disclosures, d =>
        {
            // data.json is one JSON object; Hugo reads a content file that starts with "{" as JSON front matter.
            var json = Utf8.GetString(DisclosureJson.Write(d)).TrimEnd();
            var title = $"\"title\": {System.Text.Json.JsonSerializer.Serialize($"{d.Department.Name}{d.Year}年预算绩效目标")},\n";
            File(Path.Join(content, Invariant(d.Year)), d.Department.Code + ".md", "{\n" + title + json[1..] + "\n");
        });

        foreach (var (name, text) in HugoLayouts.All)
        {
            File(Path.Join(outputDir, "layouts"), name, text);
        }

        var assets = Path.Join(outputDir, "static", "assets");
        Directory.CreateDirectory(assets);
        foreach (var file in Directory.EnumerateFiles(Path.Join(templatesDir, "assets")))
        {
            System.IO.File.Copy(file, Path.Join(assets, Path.GetFileName(file)));
        }

        Console.WriteLine($"hugo-site: {site.Disclosures.Count} disclosures written to {outputDir}");
        return 0;
    }

    private static string Config(Site site) =>
        $$"""
        {
          "baseURL": {{System.Text.Json.JsonSerializer.Serialize(site.Settings.BaseUrl)}},
          "languageCode": "zh-CN",
          "title": {{System.Text.Json.JsonSerializer.Serialize(site.Settings.Title)}},
          "disableKinds": ["taxonomy", "term"],
          "params": { "authority": {{System.Text.Json.JsonSerializer.Serialize(site.Settings.Authority)}} },
          "markup": { "goldmark": { "renderer": { "unsafe": false } } }
        }

        """;

    private static string FrontMatter(string title) => $"{{\n\"title\": {System.Text.Json.JsonSerializer.Serialize(title)}\n}}\n";

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void File(string folder, string name, string text)
    {
        var path = Path.Join(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, Utf8);
    }
}
