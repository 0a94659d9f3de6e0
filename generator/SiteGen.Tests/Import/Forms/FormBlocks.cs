using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// A form written once as rows of cell texts, then saved in any channel a province publishes it in (a web page, a
/// workbook, text with cells joined by |): the tests of "Forms in the wild" build their inputs from it.
/// </summary>
internal static class FormBlocks
{
    private static readonly SourceLocation Nowhere = new("form", 1, 1);

    public static Paragraph Heading(string text) => new(text, true, Nowhere);

    public static Paragraph Line(string text) => new(text, false, Nowhere);

    public static Table Table(params string[][] rows) =>
        new([.. rows.Select(r => new TableRow([.. r.Select(c => new TableCell(c, Nowhere))], Nowhere))], Nowhere);

    public static string Html(TempFolder folder, string name, IReadOnlyList<Block> blocks, string charset = "utf-8")
    {
        var path = folder.Join(name);
        var page = HtmlBuilder.Page(blocks, charset);
        File.WriteAllBytes(path, charset == "utf-8" ? System.Text.Encoding.UTF8.GetBytes(page) : System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(page));
        return path;
    }

    public static string Xlsx(TempFolder folder, string name, params (string Sheet, IReadOnlyList<Block> Blocks)[] sheets)
    {
        var path = folder.Join(name);
        XlsxBuilder.Write(path, sheets);
        return path;
    }

    /// <summary>
    /// Text copied from a web page: a paragraph per line, a table row per line with its cells joined by |; the later
    /// lines of a row's last cell follow on lines of their own, as a copy of a cell with line breaks gives them.
    /// </summary>
    public static string PipeText(TempFolder folder, string name, IReadOnlyList<Block> blocks)
    {
        static IEnumerable<string> Row(TableRow r)
        {
            var last = r.Cells[^1].Text.Split('\n');
            yield return "| " + string.Join(" | ", r.Cells.SkipLast(1).Select(c => c.Text).Append(last[0]).Select(t => t.Length == 0 ? "—" : t));
            foreach (var line in last.Skip(1))
            {
                yield return line;
            }
        }

        var lines = blocks.SelectMany(b => b is Table t
            ? t.Rows.SelectMany(Row).Append("")
            : [((Paragraph)b).Text, ""]);
        var path = folder.Join(name);
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }

    public static ImportRun ImportFile(TempFolder folder, string file, string? departmentCode = null, string? departmentName = null, int? year = null)
    {
        var contentDir = folder.Join("content");
        return new ImportRun(Importer.Import(new ImportOptions([file], contentDir, Year: year, Site: ImportRun.BundledSite,
            DepartmentCode: departmentCode, DepartmentName: departmentName)), contentDir);
    }

    /// <summary>Builds the imported content and gives the disclosure page's HTML.</summary>
    public static string BuildPage(TempFolder folder, ImportRun run)
    {
        var output = folder.Join("output");
        var build = SiteBuilder.Build(new BuildOptions(run.ContentDir, RepoPaths.Templates, output));
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        return Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(page => page.Contains("class=\"disclosure\"", StringComparison.Ordinal));
    }

    /// <summary>Builds the imported content and asserts that the disclosure page shows each target in its own target cell, exactly as written.</summary>
    public static string AssertPagesShow(TempFolder folder, ImportRun run, IEnumerable<string> targets)
    {
        var page = BuildPage(folder, run);
        Assert.All(targets, target => Assert.Contains($"<td class=\"target\">{Escaped(target)}</td>", page, StringComparison.Ordinal));
        return page;
    }

    /// <summary>A text as the page writes it (the templates escape every value).</summary>
    public static string Escaped(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "&#x27;", StringComparison.Ordinal);

    /// <summary>
    /// The scalar at a path such as <c>budget.total</c> or <c>indicators.2.target</c> of a written YAML file, exactly
    /// as written (10.00 stays 10.00); null when the key is absent, "" when it is blank.
    /// </summary>
    public static string? Field(string yamlPath, string path)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        using (var reader = new StringReader(File.ReadAllText(yamlPath)))
        {
            stream.Load(reader);
        }

        YamlDotNet.RepresentationModel.YamlNode? node = stream.Documents[0].RootNode;
        foreach (var step in path.Split('.'))
        {
            node = node switch
            {
                YamlDotNet.RepresentationModel.YamlMappingNode map => map.Children.FirstOrDefault(p => ((YamlDotNet.RepresentationModel.YamlScalarNode)p.Key).Value == step).Value,
                YamlDotNet.RepresentationModel.YamlSequenceNode list when int.TryParse(step, out var i) && i < list.Children.Count => list.Children[i],
                _ => null,
            };
        }

        return node is YamlDotNet.RepresentationModel.YamlScalarNode scalar ? scalar.Value ?? "" : null;
    }

    public static int Count(string yamlPath, string listKey)
    {
        var n = 0;
        while (Field(yamlPath, $"{listKey}.{n}.name") is not null)
        {
            n++;
        }

        return n;
    }
}
