using System.Text;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import;

/// <summary>The seed document and variants of it that tests make themselves, as real exports differ.</summary>
internal static class SeedText
{
    public const string FileName = "000_023f989943ff03a5.txt";

    public static string Path => System.IO.Path.Join(RepoPaths.Seeds, FileName);

    public static string Text => File.ReadAllText(Path);

    public static string[] Lines => Text.Split('\n');

    /// <summary>The bundled disclosure folder, which is the seed imported.</summary>
    public static string BundledDisclosure => Directory.EnumerateDirectories(System.IO.Path.Join(RepoPaths.Content, "2020")).Single();

    /// <summary>Writes a variant into <paramref name="folder"/> under the seed's own file name (the YAML comments name it).</summary>
    public static string Write(TempFolder folder, string text, Encoding? encoding = null, string fileName = FileName)
    {
        var path = folder.Join("in", fileName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [.. (encoding ?? new UTF8Encoding(false)).GetPreamble(), .. (encoding ?? new UTF8Encoding(false)).GetBytes(text)]);
        return path;
    }

    /// <summary>The text between two line numbers (1-based, inclusive), to cut a project out or truncate.</summary>
    public static string WithoutLines(int first, int last) =>
        string.Join('\n', Lines.Where((_, i) => i + 1 < first || i + 1 > last));

    public static int LineOf(string text) => Array.FindIndex(Lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;

    /// <summary>The seed's indicator targets as its tables write them: what a page built from any channel of it must show.</summary>
    public static IReadOnlyList<string> Targets =>
        [.. SiteGen.Import.Sources.TextExportReader.Read(Text, Path, "UTF-8").Blocks.OfType<SiteGen.Import.Sources.Table>().SelectMany(TargetsOf)];

    /// <summary>The cells under a table's 指标值 header, as the reader saw them.</summary>
    public static IEnumerable<string> TargetsOf(SiteGen.Import.Sources.Table table)
    {
        var header = table.Rows.ToList().FindIndex(r => r.Cells.Any(c => c.Text == "指标值"));
        if (header < 0)
        {
            return [];
        }

        var column = table.Rows[header].Cells.ToList().FindIndex(c => c.Text == "指标值");
        return table.Rows.Skip(header + 1).Where(r => r.Cells.Count > column).Select(r => r.Cells[column].Text).Where(t => t.Length > 0);
    }
}
