namespace SiteGen.Tests.Model;

/// <summary>What the check of a content folder must say after one edit of one line.</summary>
internal abstract record Expectation;

/// <summary>
/// The check must report an error in the edited file on one of <paramref name="Lines"/> (numbered as in the edited file):
/// the edited line itself for a bad value, the start of the mapping for a missing key, and for an edit that changes
/// how YAML reads the lines around it, the mapping or list it belongs to, or the line up to just after its block,
/// where the YAML reader notices.
/// </summary>
internal sealed record MustFail(string Because, IReadOnlySet<int> Lines) : Expectation;

/// <summary>
/// The check must find no error: the edit is harmless for the named reason. Warnings may come (leaving out 财政资金
/// makes 预算数 ≠ 财政资金 + 其他资金, a warning in DOMAIN.md): the content is still publishable.
/// </summary>
internal sealed record StaysValid(HarmlessEdit Because) : Expectation;
