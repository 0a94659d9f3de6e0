using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Targets;

namespace SiteGen.Editor;

/// <summary>One diagnostic of the would-be file, with the form field it belongs to (<c>indicators.2.level2</c>), or null for the file as a whole.</summary>
public sealed record FieldDiagnostic(Diagnostic Diagnostic, string? Field);

/// <summary>What the check says of a would-be file: its diagnostics by field, and each 指标值 as the parser reads it.</summary>
public sealed record CheckResult(IReadOnlyList<FieldDiagnostic> Diagnostics, IReadOnlyDictionary<string, TargetValue> Targets)
{
    public bool HasErrors => Diagnostics.Any(d => d.Diagnostic.Severity == Severity.Error);
}

/// <summary>
/// Checks a file as it would be saved, before it is: the same reading, binding and rules as <c>sitegen check</c>, with
/// the other files of its disclosure as they are on disk. A project is checked within its disclosure (its framework
/// decides which 一级/二级 pairs are allowed; codes must differ from its siblings').
/// </summary>
public static class FileCheck
{
    public static CheckResult Check(ContentFolder folder, string relative, string text)
    {
        var diagnostics = new DiagnosticBag();
        var display = folder.Display(relative);
        var root = YamlReader.Read(text, display, diagnostics);
        switch (ContentFolder.KindOf(relative))
        {
            case ContentFileKind.Site:
                var settings = SiteModelBuilder.BindSettings(new ContentSet(new ContentFile(display, root), []), diagnostics);
                SiteModelBuilder.Assemble(settings, [], diagnostics);
                break;
            case ContentFileKind.Disclosure:
                SiteModelBuilder.BuildDisclosure(root, [.. folder.ProjectsOf(relative).Select(p => Parse(folder, p, diagnostics))], diagnostics);
                break;
            case ContentFileKind.Project:
                var disclosure = ContentFolder.DisclosureOf(relative)!;
                var projects = folder.ProjectsOf(disclosure).ToList();
                if (!projects.Contains(relative))
                {
                    projects.Add(relative); // a new project, not on disk yet
                }

                SiteModelBuilder.BuildDisclosure(
                    Parse(folder, disclosure, diagnostics),
                    [.. projects.Select(p => p == relative ? root : Parse(folder, p, diagnostics))],
                    diagnostics);
                break;
        }

        var fields = FieldSpans.Of(root);
        var own = diagnostics.Sorted()
            .Where(d => d.Location.Path == display)
            .Select(d => new FieldDiagnostic(d, FieldSpans.FieldAt(fields, d.Location)))
            .ToList();
        return new CheckResult(own, Targets(fields));
    }

    /// <summary>The disclosure's framework as the build would choose it (null when the disclosure cannot be read).</summary>
    public static string? FrameworkOf(ContentFolder folder, string relative)
    {
        var disclosure = ContentFolder.DisclosureOf(relative);
        if (disclosure is null)
        {
            return null;
        }

        var quiet = new DiagnosticBag();
        return SiteModelBuilder.BuildDisclosure(Parse(folder, disclosure, quiet), [], quiet)?.Framework.Name;
    }

    private static YamlNode? Parse(ContentFolder folder, string relative, DiagnosticBag diagnostics) =>
        File.Exists(Path.Join(folder.Root, relative)) ? ContentLoader.Parse(folder.Display(relative), diagnostics).Root : null;

    private static Dictionary<string, TargetValue> Targets(IReadOnlyList<FieldSpan> fields) =>
        fields.Where(f => f.Node is YamlScalar { IsNull: false } && (f.Path.EndsWith(".target", StringComparison.Ordinal) || f.Path.EndsWith(".previous_target", StringComparison.Ordinal)))
            .ToDictionary(f => f.Path, f => TargetValueParser.Parse(((YamlScalar)f.Node).Value.Trim()), StringComparer.Ordinal);
}

/// <summary>A field of a file with its key (null for a list item) and its value node.</summary>
internal sealed record FieldSpan(string Path, YamlScalar? Key, YamlNode Node);

/// <summary>Every field of a file by its form path, to put each diagnostic beside the field it is about.</summary>
internal static class FieldSpans
{
    public static IReadOnlyList<FieldSpan> Of(YamlNode? root)
    {
        var fields = new List<FieldSpan>();
        Walk(root, "", fields);
        return fields;
    }

    private static void Walk(YamlNode? node, string path, List<FieldSpan> fields)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var entry in map.Entries)
                {
                    var child = Join(path, entry.Key.Value);
                    fields.Add(new FieldSpan(child, entry.Key, entry.Value));
                    Walk(entry.Value, child, fields);
                }

                break;
            case YamlSequence list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var child = Join(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    fields.Add(new FieldSpan(child, null, list.Items[i]));
                    Walk(list.Items[i], child, fields);
                }

                break;
        }
    }

    /// <summary>
    /// The field a diagnostic points at: the one whose key or value starts there (the deepest: a list item's mapping
    /// starts where its first key does), else the deepest whose value spans the position.
    /// </summary>
    public static string? FieldAt(IReadOnlyList<FieldSpan> fields, SourceLocation at)
    {
        FieldSpan? best = null;
        foreach (var field in fields)
        {
            if (Same(field.Key?.Location, at) || (field.Node is YamlScalar && Same(field.Node.Location, at)))
            {
                best = Deeper(best, field);
            }
        }

        if (best is not null)
        {
            return best.Path;
        }

        foreach (var field in fields.Where(f => Covers(f.Node, at)))
        {
            best = Deeper(best, field);
        }

        return best?.Path;
    }

    private static FieldSpan Deeper(FieldSpan? a, FieldSpan b) => a is null || b.Path.Length >= a.Path.Length ? b : a;

    private static bool Same(SourceLocation? a, SourceLocation b) => a is { } x && x.Line == b.Line && x.Column == b.Column;

    private static bool Covers(YamlNode node, SourceLocation at) =>
        (node.Location.Line, node.Location.Column).CompareTo((at.Line, at.Column)) <= 0
        && (at.Line, at.Column).CompareTo((node.Span.EndLocation.Line, node.Span.EndLocation.Column)) <= 0;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
