using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace SiteGen.Model.Targets;

/// <summary>Parses a target value (指标值) as departments really write it; never throws.</summary>
/// <remarks>
/// value := placeholder | quantitative | qualitative, where
/// quantitative := [operator] number [万|亿] [unit] [suffix operator] [(note)].
/// Full-width and half-width forms are alike, whitespace between parts is ignored, and a
/// trailing 。 is dropped. Anything else is <see cref="TargetKind.Unrecognised"/>, for a person to look at.
/// </remarks>
public static class TargetValueParser
{
    /// <summary>The grades accepted as a qualitative target; matched exactly, after trimming.</summary>
    public static FrozenSet<string> KnownGrades { get; } = new[]
    {
        // Levels.
        "达标", "合格", "良好", "优秀", "优良", "优", "良", "中", "中等", "一般", "差", "较差",
        "高", "较高", "低", "较低", "好", "较好",
        // Effects and trends.
        "效果明显", "效果显著", "成效明显", "成效显著", "明显", "显著",
        "有所提高", "有所提升", "有所改善", "明显提升", "明显提高", "明显改善", "显著提升", "显著提高",
        "逐步提高", "逐步提升", "稳步提升", "稳步提高", "持续提升", "持续提高", "持续改善",
        "不断提高", "不断提升", "进一步提高", "进一步提升", "有效提升", "有效提高",
        "提高", "提升", "改善", "增加", "降低", "减少",
        // Yes/no and completion.
        "是", "否", "有", "无", "完成", "按时完成", "按期完成", "及时完成", "全部完成",
        // Conformity and expectations.
        "符合要求", "符合标准", "符合规定", "达到要求", "达到标准", "达到预期", "达到预期目标",
        "达成预期指标", "部分达成", "未达成",
        // Satisfaction.
        "满意", "基本满意", "比较满意", "非常满意",
        // State and duration.
        "正常", "稳定", "安全", "有效", "长期", "中长期", "长期有效", "及时", "准确", "规范",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Declared after KnownGrades: static initialisers run in textual order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GradeLookup =
        KnownGrades.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest first, so 大于等于 wins over 大于 and >= over >. Compared after Fold, so ＞＝ and ≧ match too.
    private static readonly (string Text, string Normalised)[] PrefixOperators =
    [
        ("大于等于", "≥"), ("小于等于", "≤"),
        ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"),
        ("大于", ">"), ("高于", ">"), ("超过", ">"), ("多于", ">"),
        ("小于", "<"), ("低于", "<"), ("少于", "<"),
        ("等于", "="), ("至少", "≥"), ("至多", "≤"),
        (">=", "≥"), ("<=", "≤"),
        ("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("=", "="),
    ];

    // "95%以上" is as common as "≥95%"; 以上/以下 include the bound in Chinese usage.
    private static readonly (string Text, string Normalised)[] SuffixOperators =
    [
        ("及以上", "≥"), ("及以下", "≤"), ("以上", "≥"), ("以下", "≤"), ("以内", "≤"),
    ];

    // A unit with these is prose, a range (10-20个) or a list, not a unit. Checked after Fold.
    private static readonly SearchValues<char> NotInUnit =
        SearchValues.Create("()[]{}<>=≥≤,.;:!?\"'`*+-~±—–、。《》【】“”‘’…|\\");

    private static readonly SearchValues<char> PercentSigns = SearchValues.Create("%％‰");

    // Units are short (元/亩, 个百分点, 人次/年); anything longer is a sentence.
    private const int MaxUnitLength = 8;

    // Far longer than any number a person writes; also bounds the stack buffer.
    private const int MaxNumberLength = 64;

    public static TargetValue Parse(string text)
    {
        var original = text ?? string.Empty;
        var value = TrimValue(original);
        if (ContainsPlaceholder(value))
        {
            return ParsePlaceholder(original, value);
        }

        if (!SplitNote(value, out var body, out var note))
        {
            return Unrecognised(original);
        }

        if (TryParseQuantity(body, allowStars: false, out var quantity))
        {
            return quantity.ToValue(original, TargetKind.Quantitative, note);
        }

        return GradeLookup.Contains(body)
            ? new TargetValue { Text = original, Kind = TargetKind.Qualitative, Note = NullIfEmpty(note) }
            : Unrecognised(original);
    }

    private static TargetValue Unrecognised(string original) =>
        new() { Text = original, Kind = TargetKind.Unrecognised };

    // Keep what the template's shape tells (≥ … 个) so the error message can say which value is unfilled.
    private static TargetValue ParsePlaceholder(string original, ReadOnlySpan<char> value) =>
        SplitNote(value, out var body, out var note) && TryParseQuantity(body, allowStars: true, out var quantity)
            ? quantity.ToValue(original, TargetKind.Placeholder, note)
            : new TargetValue { Text = original, Kind = TargetKind.Placeholder };

    private static bool ContainsPlaceholder(ReadOnlySpan<char> value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (Fold(value[i - 1]) == '*' && Fold(value[i]) == '*')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits off a trailing bracketed note; false when the brackets do not balance.</summary>
    private static bool SplitNote(ReadOnlySpan<char> value, out ReadOnlySpan<char> body, out ReadOnlySpan<char> note)
    {
        body = value;
        note = default;
        if (value.IsEmpty || Fold(value[^1]) != ')')
        {
            return true;
        }

        // Scan back so a note may itself contain brackets: ≥5个（含（一）项）.
        var depth = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = Fold(value[i]);
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(' && --depth == 0)
            {
                body = TrimEnd(value[..i]);
                note = Trim(value[(i + 1)..^1]);
                return true;
            }
        }

        return false;
    }

    private static bool TryParseQuantity(ReadOnlySpan<char> body, bool allowStars, out Quantity quantity)
    {
        quantity = default;
        var operatorLength = MatchOperator(body, PrefixOperators, fromEnd: false, out var op);
        quantity.SetOperator(body[..operatorLength], op);
        var rest = TrimStart(body[operatorLength..]);

        var numberLength = allowStars ? ScanStars(rest) : ScanNumber(rest);
        if (numberLength == 0 || (!allowStars && !quantity.TrySetNumber(rest[..numberLength])))
        {
            return false;
        }

        rest = TrimStart(rest[numberLength..]);
        quantity.Magnitude = MatchMagnitude(rest);
        if (quantity.Magnitude is not null)
        {
            rest = TrimStart(rest[1..]);
        }

        return TryParseUnit(rest, ref quantity);
    }

    // 万元 and 亿元 are money units in their own right (tables are in 万元), so 万 is a magnitude only before anything else.
    private static string? MatchMagnitude(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || (rest.Length > 1 && rest[1] == '元'))
        {
            return null;
        }

        return rest[0] switch
        {
            '万' => "万",
            '亿' => "亿",
            _ => null,
        };
    }

    private static bool TryParseUnit(ReadOnlySpan<char> rest, ref Quantity quantity)
    {
        var suffixLength = MatchOperator(rest, SuffixOperators, fromEnd: true, out var suffix);
        if (suffixLength > 0)
        {
            // ≥95%以上 states the bound twice, possibly in contradiction: leave it for a person.
            if (quantity.Operator is not null)
            {
                return false;
            }

            quantity.SetOperator(rest[^suffixLength..], suffix);
            rest = TrimEnd(rest[..^suffixLength]);
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        if (!IsUnit(rest))
        {
            return false;
        }

        quantity.Unit = rest;
        return true;
    }

    private static bool IsUnit(ReadOnlySpan<char> unit)
    {
        if (unit.Length > MaxUnitLength)
        {
            return false;
        }

        // A percent sign stands alone: in 100%完成 or 95%的群众满意 the rest is prose.
        if (unit.Length > 1 && unit.ContainsAny(PercentSigns))
        {
            return false;
        }

        foreach (var c in unit)
        {
            var folded = Fold(c);
            if (IsSpace(c) || char.IsControl(folded) || char.IsAsciiDigit(folded) || NotInUnit.Contains(folded))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of [-]digits[,ddd…][.digits] at the start, or 0.</summary>
    private static int ScanNumber(ReadOnlySpan<char> s)
    {
        var i = s.Length > 0 && Fold(s[0]) == '-' ? 1 : 0;
        var integerStart = i;
        i = SkipDigits(s, i);
        var integerDigits = i - integerStart;
        if (integerDigits == 0)
        {
            return 0;
        }

        if (integerDigits <= 3)
        {
            i = SkipThousandsGroups(s, i);
        }

        if (i + 1 < s.Length && Fold(s[i]) == '.' && IsDigit(s[i + 1]))
        {
            i = SkipDigits(s, i + 1);
        }

        return i;
    }

    // A comma is a thousands separator only before exactly three digits (10,000 and 10，000);
    // otherwise the number ends there, the comma falls into the unit, and the value is Unrecognised.
    private static int SkipThousandsGroups(ReadOnlySpan<char> s, int i)
    {
        while (i + 3 < s.Length
            && Fold(s[i]) == ','
            && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) && IsDigit(s[i + 3])
            && (i + 4 == s.Length || !IsDigit(s[i + 4])))
        {
            i += 4;
        }

        return i;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    // The number slot of an unfilled template: ** or ＊＊, or longer.
    private static int ScanStars(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && Fold(s[i]) == '*')
        {
            i++;
        }

        return i >= 2 ? i : 0;
    }

    // decimal keeps the written scale (28.40 stays 28.40); a double would not, and money must be exact.
    private static bool TryToDecimal(ReadOnlySpan<char> written, out decimal number)
    {
        number = 0m;
        if (written.Length > MaxNumberLength)
        {
            return false;
        }

        Span<char> ascii = stackalloc char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            var folded = Fold(c);
            if (folded != ',')
            {
                ascii[length++] = folded;
            }
        }

        return decimal.TryParse(
            ascii[..length],
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out number);
    }

    private static int MatchOperator(
        ReadOnlySpan<char> s, (string Text, string Normalised)[] table, bool fromEnd, out (string Text, string Normalised)? match)
    {
        foreach (var entry in table)
        {
            var length = entry.Text.Length;
            if (s.Length >= length && FoldedEquals(fromEnd ? s[^length..] : s[..length], entry.Text))
            {
                match = entry;
                return length;
            }
        }

        match = null;
        return 0;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> written, string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (Fold(written[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps full-width forms (０-９ ． （ ） ％ ＞ ＜ ＝ ＊ ，) and variant signs to one spelling.</summary>
    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '≧' => '≥',
        '≦' => '≤',
        '\u2212' => '-',
        _ => c,
    };

    private static bool IsDigit(char c) => char.IsAsciiDigit(Fold(c));

    // Word exports leave zero-width spaces and BOMs that no reader sees.
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static ReadOnlySpan<char> TrimValue(ReadOnlySpan<char> s)
    {
        s = Trim(s);
        while (!s.IsEmpty && s[^1] == '。')
        {
            s = TrimEnd(s[..^1]);
        }

        return s;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => TrimEnd(TrimStart(s));

    private static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        return s[i..];
    }

    private static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> s)
    {
        var end = s.Length;
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[..end];
    }

    private static string? NullIfEmpty(ReadOnlySpan<char> s) => s.IsEmpty ? null : s.ToString();

    /// <summary>The parts found so far, as slices of the input; strings are made only for a successful parse.</summary>
    private ref struct Quantity
    {
        public ReadOnlySpan<char> OperatorText;
        public string? OperatorTable;
        public string? Operator;
        public ReadOnlySpan<char> NumberText;
        public decimal? Number;
        public string? Magnitude;
        public ReadOnlySpan<char> Unit;

        public void SetOperator(ReadOnlySpan<char> written, (string Text, string Normalised)? match)
        {
            OperatorText = written;
            OperatorTable = match?.Text;
            Operator = match?.Normalised;
        }

        public bool TrySetNumber(ReadOnlySpan<char> written)
        {
            if (!TryToDecimal(written, out var number))
            {
                return false;
            }

            NumberText = written;
            Number = number;
            return true;
        }

        public readonly TargetValue ToValue(string original, TargetKind kind, ReadOnlySpan<char> note) => new()
        {
            Text = original,
            Kind = kind,
            Operator = Operator,
            // Reuse the table's string when written exactly so (the usual case) rather than allocate.
            OperatorText = OperatorText.SequenceEqual(OperatorTable) ? OperatorTable : NullIfEmpty(OperatorText),
            Number = Number,
            NumberText = NullIfEmpty(NumberText),
            Magnitude = Magnitude,
            Unit = NullIfEmpty(Unit),
            Note = NullIfEmpty(note),
        };
    }
}
