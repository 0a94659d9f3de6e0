namespace SiteGen.Editor;

/// <summary>Characters [Start, End) of a text replaced by <paramref name="Text"/>; an insertion when Start == End.</summary>
/// <param name="Order">Among splices at the same place, the order their texts stand in.</param>
internal readonly record struct Splice(int Start, int End, string Text, int Order)
{
    /// <summary>The text with every splice applied; splices must not overlap.</summary>
    public static string Apply(string text, IEnumerable<Splice> splices)
    {
        var result = text;
        var limit = int.MaxValue;
        foreach (var splice in splices.OrderByDescending(s => s.Start).ThenByDescending(s => s.End).ThenByDescending(s => s.Order))
        {
            if (splice.End > limit && splice.Start != splice.End)
            {
                throw new InvalidOperationException($"Overlapping edits at {splice.Start}..{splice.End}.");
            }

            result = string.Concat(result.AsSpan(0, splice.Start), splice.Text, result.AsSpan(splice.End));
            limit = splice.Start;
        }

        return result;
    }
}
