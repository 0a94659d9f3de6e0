using System.Text;
using SiteGen.Content;

namespace SiteGen.Format;

/// <summary>
/// Writes a content file the way a person would: keys in the format's order, block mappings and lists indented by two
/// spaces, a list item's first key on its dash, prose (Markdown fields) in literal blocks so it reads as it will show,
/// plain scalars wherever they read back as the same text. A required field with no value is written blank
/// (<c>goals:</c>) so the person sees where to fill it and <c>sitegen check</c> points there.
/// </summary>
public static class ContentYaml
{
    /// <summary>The file's text: the comment lines first, then the mapping.</summary>
    public static string Write(ContentMap root, params string[] comments)
    {
        var yaml = new StringBuilder();
        foreach (var comment in comments)
        {
            Comment(yaml, "", comment);
        }

        WriteMap(yaml, root, indent: 0, asListItem: false);
        return yaml.ToString();
    }

    /// <summary>
    /// The first comment of a content file: tells the YAML extension of VS Code which schema to validate and complete
    /// the file with, by its path from the file (<paramref name="toContentRoot"/> leads to content/, e.g. <c>../../</c>).
    /// </summary>
    public static string SchemaComment(string toContentRoot, string schemaFile) =>
        $"yaml-language-server: $schema={toContentRoot}{ContentLoader.SchemaFolderName}/{schemaFile}";

    /// <summary>
    /// The fields set in <paramref name="map"/>, written at <paramref name="indent"/> as they would stand inside a file:
    /// what an editor inserts when a person fills in a field the file did not have. Unset fields are left out, even
    /// required ones (the file has them, or the check asks for them).
    /// </summary>
    public static string Fields(ContentMap map, int indent)
    {
        var yaml = new StringBuilder();
        WriteMap(yaml, map, indent, asListItem: false, onlySet: true);
        return yaml.ToString();
    }

    /// <summary>
    /// One new item of a list of mappings whose keys stand at <paramref name="indent"/> (its dash two columns left):
    /// written like the items of a new file, required fields left blank for the person to fill.
    /// </summary>
    public static string ListItem(ContentMap item, int indent)
    {
        var yaml = new StringBuilder();
        WriteMap(yaml, item, indent, asListItem: true);
        return yaml.ToString();
    }

    /// <summary>One new item of a list of texts (goals), its dash at <paramref name="dashIndent"/>.</summary>
    public static string ListItem(ContentField listField, string text, int dashIndent)
    {
        var yaml = new StringBuilder();
        Item(yaml, dashIndent, ((ListType)listField.Type).Items, text);
        return yaml.ToString();
    }

    /// <summary>
    /// A new value for a scalar of <paramref name="type"/>: inline (<c>≥240篇</c>, <c>"10,00"</c>) or, for multi-line
    /// prose, a literal block (<c>|</c>, a line break, its lines at <paramref name="blockIndent"/>); <paramref name="block"/> says which.
    /// </summary>
    public static string Value(ContentType type, string text, int blockIndent, out bool block)
    {
        block = type is TextType { Markdown: true } && text.Contains('\n', StringComparison.Ordinal) && YamlScalars.CanBeLiteral(text);
        if (!block)
        {
            return Scalar(type, text);
        }

        var yaml = new StringBuilder("|\n");
        Block(yaml, blockIndent, text.TrimEnd('\n'));
        return yaml.ToString();
    }

    private static void WriteMap(StringBuilder yaml, ContentMap map, int indent, bool asListItem, bool onlySet = false)
    {
        var first = true;
        foreach (var field in map.Format.Fields)
        {
            var value = map.Value(field);
            if (value is null && (!field.Required || onlySet))
            {
                continue;
            }

            // The first key of a list item stands on its dash: "  - checkpoint: 3月底", the others below it.
            var lead = asListItem && first ? new string(' ', indent - 2) + "- " : new string(' ', indent);
            if (map.CommentOf(field) is { } comment)
            {
                Comment(yaml, new string(' ', lead.Length), comment);
            }

            WriteField(yaml, lead, indent, field, value);
            first = false;
        }
    }

    private static void WriteField(StringBuilder yaml, string lead, int indent, ContentField field, object? value)
    {
        yaml.Append(lead).Append(field.Key).Append(':');
        switch (value)
        {
            case null or ContentMap.Blank:
                yaml.Append('\n');
                break;
            case string text when field.Type is TextType { Markdown: true } && YamlScalars.CanBeLiteral(text):
                yaml.Append(" |\n");
                Block(yaml, indent + 2, text);
                break;
            case string text:
                yaml.Append(' ').Append(Scalar(field.Type, text)).Append('\n');
                break;
            case ContentMap map:
                yaml.Append('\n');
                WriteMap(yaml, map, indent + 2, asListItem: false);
                break;
            case List<ContentMap> maps:
                yaml.Append('\n');
                foreach (var item in maps)
                {
                    WriteMap(yaml, item, indent + 4, asListItem: true);
                }

                break;
            case List<string> items:
                yaml.Append('\n');
                var itemType = ((ListType)field.Type).Items;
                foreach (var item in items)
                {
                    Item(yaml, indent + 2, itemType, item);
                }

                break;
            default:
                throw new InvalidOperationException($"{field}: a value of type {value.GetType().Name} cannot be written.");
        }
    }

    /// <summary>A scalar list item: multi-line prose as a literal block under its dash, anything else on the dash's line.</summary>
    private static void Item(StringBuilder yaml, int indent, ContentType type, string text)
    {
        yaml.Append(' ', indent).Append('-');
        if (type is TextType { Markdown: true } && text.Contains('\n', StringComparison.Ordinal) && YamlScalars.CanBeLiteral(text))
        {
            yaml.Append(" |\n");
            Block(yaml, indent + 2, text);
            return;
        }

        yaml.Append(' ').Append(Scalar(type, text)).Append('\n');
    }

    /// <summary>
    /// A value in the style of its type. Enumerated texts (<c>framework: 2020</c>), whole numbers and true/false are
    /// written as they are (the binders read every scalar as text); decimals plain; anything else plain when safe.
    /// </summary>
    private static string Scalar(ContentType type, string text) => type switch
    {
        TextType { Values: { } values } when values.Contains(text, StringComparer.Ordinal) => text,
        IntegerType when text.Length > 0 && text.All(char.IsAsciiDigit) => text,
        BooleanType when text is "true" or "false" => text,
        AmountType => YamlScalars.AmountScalar(text),
        _ => YamlScalars.Scalar(text),
    };

    private static void Block(StringBuilder yaml, int indent, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                yaml.Append(' ', indent).Append(line);
            }

            yaml.Append('\n');
        }
    }

    private static void Comment(StringBuilder yaml, string indent, string text) =>
        yaml.Append(indent).Append("# ").Append(text).Append('\n');
}
