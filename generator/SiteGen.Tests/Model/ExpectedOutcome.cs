using SiteGen.Format;

namespace SiteGen.Tests.Model;

/// <summary>
/// What each <see cref="LineEdit"/> of each kind of line must lead to, derived from what the line is: its role in the
/// YAML, whether its field is required and what its type accepts. The harmless cases are the named <see cref="HarmlessEdit"/>s.
/// </summary>
internal static class ExpectedOutcome
{
    /// <summary>Text the domain rules read (DOMAIN.md): 一级 and 二级 must be a pair of the framework, 指标值 must not be a placeholder.</summary>
    private static readonly ContentField[] RuleCheckedText = [ContentFormat.Indicator.Level1, ContentFormat.Indicator.Level2, ContentFormat.Indicator.Target];

    public static Expectation Of(LineEdit edit, ContentFile file, ContentLine line) => edit switch
    {
        LineEdit.Deleted => Deleted(file, line),
        LineEdit.ValueBlanked => Blanked(file, line),
        LineEdit.ValueMadeList or LineEdit.ValueMadeMapping => line.Role == LineRole.BlockHeader
            ? Broken(line, edit, "a value on the key's line cannot be followed by the text below it")
            : Fails($"{line.Path} takes a single value, not a list or a mapping", line.Number),
        LineEdit.ValueMadePlaceholder => line.Role == LineRole.BlockHeader
            ? Broken(line, edit, "a value on the key's line cannot be followed by the text below it")
            : IsFreeText(line) ? Harmless(HarmlessEdit.PlaceholderInFreeText) : Fails($"{line.Path} does not accept \"**\"", line.Number),
        LineEdit.Indented => Indented(file, line),
        _ => throw new ArgumentOutOfRangeException(nameof(edit)),
    };

    private static Expectation Deleted(ContentFile file, ContentLine line) => line.Role switch
    {
        LineRole.Comment => Harmless(HarmlessEdit.CommentLine),
        LineRole.BlockText when line.HasSiblings => Harmless(HarmlessEdit.TextLineDeletedOrIndented),
        LineRole.Item when line.HasSiblings => Harmless(HarmlessEdit.OneOfSeveralItemsDeleted),
        LineRole.BlockText or LineRole.Item => line.Required
            ? Fails($"the required {line.Field!.Key} is left empty", line.Owner)
            : Harmless(HarmlessEdit.OptionalKeyLeftBlank),
        LineRole.Key => line.Required
            ? Fails($"the required {line.Path} is missing from its mapping", line.Owner)
            : Harmless(HarmlessEdit.OptionalKeyLeftOut),
        LineRole.ItemKey => Broken(line, LineEdit.Deleted, "the item's dash goes with its first key: its other keys fall into the item above or break the list"),
        _ when !line.Required && IsFreeText(file.TextContinuedBy(line.Number - 1, [.. file.Below(line).Select(l => l.Text)])) =>
            Harmless(HarmlessEdit.OptionalKeyReadAsTextAbove),
        _ => Broken(line, LineEdit.Deleted, line.Required
            ? $"the required {line.Path} is missing, and its lines fall under the key above"
            : "its lines fall under the key above, where they do not belong"),
    };

    private static Expectation Blanked(ContentFile file, ContentLine line) => line.Role switch
    {
        LineRole.BlockHeader => IsFreeText(line) && file.TextReadsAsPlainValue(line)
            ? Harmless(HarmlessEdit.TextWithoutBar)
            : Broken(line, LineEdit.ValueBlanked, "without its | the text below is not a plain value"),
        _ => line.Required ? Fails($"the required {line.Path} is blank", line.Number) : Harmless(HarmlessEdit.OptionalKeyLeftBlank),
    };

    private static Expectation Indented(ContentFile file, ContentLine line)
    {
        if (line.Role == LineRole.Comment)
        {
            return Harmless(HarmlessEdit.CommentLine);
        }

        if (line.Role == LineRole.BlockText)
        {
            return !line.IsFirst || !line.HasSiblings
                ? Harmless(HarmlessEdit.TextLineDeletedOrIndented)
                : Broken(line, LineEdit.Indented, "the first line sets the text's indentation, so the next line ends the text and stands where no key is");
        }

        if (line.Role is LineRole.Item or LineRole.ItemKey && line.IsFirst && !line.HasSiblings && line.BlockEnd == line.Number)
        {
            return Harmless(HarmlessEdit.OnlyItemIndented);
        }

        var moved = new[] { line }.Concat(file.Below(line)).Select(l => "  " + l.Text).ToList();
        if (IsFreeText(file.TextContinuedBy(line.Number - 1, moved)))
        {
            // YAML would read an item indented under the item above as more of that item's text: SiteGen reports the dash
            // out of line with its list instead (SG1019), since nobody indents an item to extend the one above.
            return line.Role == LineRole.Item ? Fails("an item indented under the item above is out of line with its list", line.Number)
                : line.Required ? Broken(line, LineEdit.Indented, $"the required {line.Path} becomes text of the value above")
                : Harmless(HarmlessEdit.OptionalKeyReadAsTextAbove);
        }

        return Broken(line, LineEdit.Indented, "the line moves under the line above, where it does not belong");
    }

    /// <summary>Whether the line holds a value the format takes as any text: no pattern, no list of values, no domain rule.</summary>
    private static bool IsFreeText(ContentLine? line) =>
        line?.ValueType is TextType { Pattern: null, Values: null } && !RuleCheckedText.Contains(line.Field);

    private static StaysValid Harmless(HarmlessEdit because) => new(because);

    private static MustFail Fails(string because, int line) => new(because, new HashSet<int> { line });

    /// <summary>
    /// An edit that changes how YAML reads the lines around it: the error may stand at the mapping or list the line belongs
    /// to (which may have lost a key), or from the line to just after its block (where the YAML reader notices).
    /// </summary>
    private static MustFail Broken(ContentLine line, LineEdit edit, string because)
    {
        // After a deletion the lines below move up one: the line after the block is then numbered as the block's end.
        var last = edit == LineEdit.Deleted ? line.BlockEnd : line.BlockEnd + 1;
        return new(because, new HashSet<int>(Enumerable.Range(line.Number, last - line.Number + 1)) { line.Owner });
    }
}
