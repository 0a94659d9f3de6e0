using System.Buffers;
using System.Text;
using System.Text.Unicode;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>The text of an imported file and the encoding it was read with, named for the report.</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Decodes an imported text file. A BOM decides; otherwise strict UTF-8, then strict GB18030 (what Chinese
/// Windows saves as "ANSI" text), unless the user forced an encoding. Decoding is always strict: a byte that
/// does not fit is a diagnostic at its line and column, never a silent U+FFFD. Line endings are kept.
/// </summary>
public static class TextDecoder
{
    /// <summary>The names <c>--encoding</c> accepts. GBK and GB2312 are read as GB18030, which contains both.</summary>
    public static IReadOnlyList<string> EncodingNames { get; } = ["utf-8", "gb18030", "gbk", "gb2312", "utf-16", "utf-16be"];

    private const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // From the provider directly rather than Encoding.RegisterProvider: no process-wide state is changed.
    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>Only to count characters before a bad byte; text decoded with it is never returned.</summary>
    private static readonly Encoding LenientGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)!;

    private enum Kind
    {
        Utf8,
        Gb18030,
        Utf16,
        Utf16BE,
    }

    /// <summary>
    /// The text without its BOM, or null when the bytes are not text in a known encoding (reported as SG7001
    /// or SG7002 at the offending byte). <paramref name="forcedEncoding"/> is one of <see cref="EncodingNames"/>
    /// or null; a BOM still wins over it.
    /// </summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, string path, string? forcedEncoding, DiagnosticBag diagnostics)
    {
        var forced = forcedEncoding is null ? (Kind?)null : KindOf(forcedEncoding);
        var (bom, bomLength) = DetectBom(bytes);
        var kind = bom ?? forced;
        var body = bytes[bomLength..];

        if (kind is not (Kind.Utf16 or Kind.Utf16BE) && body.IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, LocateIn(path, body[..nul], kind ?? GuessForCounting(body[..nul])),
                NotTextMessage(bytes));
            return null;
        }

        if (kind is { } known)
        {
            var bad = FirstInvalid(body, known);
            if (bad >= 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportEncoding, LocateIn(path, body[..bad], known),
                    InvalidMessage(body, bad, known, bom is not null, forcedEncoding));
                return null;
            }

            var text = Strict(known).GetString(body);
            if (text.IndexOf('\0', StringComparison.Ordinal) is var nulChar and >= 0)
            {
                // Only UTF-16 can get here with a NUL; the byte check above has refused it in the others.
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, LocateIn(path, text[..nulChar]),
                    "文件含有 NUL 字符，不是文本文件。请导入 Word 导出的文本文件或 .docx 文件");
                return null;
            }

            return new DecodedText(text, ReportName(known));
        }

        var badUtf8 = FirstInvalid(body, Kind.Utf8);
        if (badUtf8 < 0)
        {
            return new DecodedText(StrictUtf8.GetString(body), ReportName(Kind.Utf8));
        }

        var badGb = FirstInvalid(body, Kind.Gb18030);
        if (badGb < 0)
        {
            return new DecodedText(StrictGb18030.GetString(body), ReportName(Kind.Gb18030));
        }

        var gbAt = LocateIn(path, body[..badGb], Kind.Gb18030);
        diagnostics.Report(DiagnosticCodes.ImportEncoding, LocateIn(path, body[..badUtf8], Kind.Utf8),
            $"无法识别文本编码：这里的字节 {Hex(body[badUtf8])} 不是有效的 UTF-8，按 GB18030/GBK 读也在第 {gbAt.Line} 行第 {gbAt.Column} 列出错"
            + "（字节 " + Hex(body[badGb]) + "）。请在编辑器或 Word 中把文件另存为 UTF-8 文本后再导入，或用 --encoding 指定文件的编码");
        return null;
    }

    private static string NotTextMessage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8)
            ? "文件含有 NUL 字节，不是文本文件：它是一个 zip 压缩包（.docx 就是这种格式）。如果是 Word 文档，请把扩展名改为 .docx 再导入"
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
                ? "文件含有 NUL 字节，不是文本文件：它是旧版 .doc 等 Office 文件。请在 Word 中另存为 .docx 或文本文件再导入"
                : "文件含有 NUL 字节，不是文本文件。请导入 Word 导出的文本文件或 .docx 文件；如果它是没有 BOM 的 UTF-16 文本，请加 --encoding utf-16";

    private static string InvalidMessage(ReadOnlySpan<byte> body, int bad, Kind kind, bool fromBom, string? forcedName)
    {
        var width = kind is Kind.Utf16 or Kind.Utf16BE ? Math.Min(2, body.Length - bad) : 1;
        var what = "字节 " + string.Join(' ', body.Slice(bad, width).ToArray().Select(Hex));
        return fromBom
            ? $"文件开头的 BOM 表明它是 {ReportName(kind)} 编码，但这里的{what}不是有效的 {ReportName(kind)}：文件可能已损坏，请在编辑器中重新另存为 UTF-8 文本"
            : $"按 --encoding {forcedName} 读取时，这里的{what} 无法解码：请确认文件的编码，或去掉 --encoding 让 sitegen 自动识别";
    }

    private static string Hex(byte b) => $"0x{b:X2}";

    private static Kind KindOf(string name) => name.ToLowerInvariant() switch
    {
        "utf-8" => Kind.Utf8,
        "gb18030" or "gbk" or "gb2312" => Kind.Gb18030,
        "utf-16" => Kind.Utf16,
        "utf-16be" => Kind.Utf16BE,
        _ => throw new ArgumentException($"Unknown encoding '{name}'; the command line accepts only TextDecoder.EncodingNames.", nameof(name)),
    };

    private static (Kind? Kind, int Length) DetectBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (Kind.Utf8, 3)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (Kind.Utf16, 2)
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (Kind.Utf16BE, 2)
        : (null, 0);

    private static string ReportName(Kind kind) => kind switch
    {
        Kind.Utf8 => "UTF-8",
        Kind.Gb18030 => "GB18030",
        _ => "UTF-16",
    };

    private static Encoding Strict(Kind kind) => kind switch
    {
        Kind.Utf8 => StrictUtf8,
        Kind.Gb18030 => StrictGb18030,
        Kind.Utf16 => StrictUtf16,
        _ => StrictUtf16BE,
    };

    /// <summary>The offset of the first byte that does not decode, or -1 when all of them do.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes, Kind kind)
    {
        switch (kind)
        {
            case Kind.Utf8:
                var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
                return status == OperationStatus.Done ? -1 : read;
            case Kind.Gb18030:
                try
                {
                    StrictGb18030.GetCharCount(bytes);
                    return -1;
                }
                catch (DecoderFallbackException ex)
                {
                    // The index is where the undecodable sequence starts (checked by the tests).
                    return Math.Clamp(ex.Index, 0, bytes.Length - 1);
                }

            default:
                return FirstInvalidUtf16(bytes, bigEndian: kind == Kind.Utf16BE);
        }
    }

    /// <summary>
    /// Checked by hand: for a high surrogate followed by a non-surrogate, the runtime's exception points
    /// at the character after it, not at the surrogate.
    /// </summary>
    private static int FirstInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var i = 0;
        for (; i + 1 < bytes.Length; i += 2)
        {
            var unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
            if (char.IsLowSurrogate((char)unit))
            {
                return i;
            }

            if (char.IsHighSurrogate((char)unit))
            {
                if (i + 3 >= bytes.Length)
                {
                    return i;
                }

                var next = bigEndian ? (bytes[i + 2] << 8) | bytes[i + 3] : bytes[i + 2] | (bytes[i + 3] << 8);
                if (!char.IsLowSurrogate((char)next))
                {
                    return i;
                }

                i += 2;
            }
        }

        return i < bytes.Length ? i : -1;
    }

    /// <summary>For a NUL byte in a file of unknown encoding: count characters the way the text most likely reads.</summary>
    private static Kind GuessForCounting(ReadOnlySpan<byte> prefix) =>
        FirstInvalid(prefix, Kind.Utf8) < 0 || FirstInvalid(prefix, Kind.Gb18030) >= 0 ? Kind.Utf8 : Kind.Gb18030;

    /// <summary>
    /// The 1-based line and column of the byte right after <paramref name="prefix"/>: lines are counted by
    /// '\n', columns in characters (UTF-16 code units, as the content reader counts them).
    /// </summary>
    private static SourceLocation LocateIn(string path, ReadOnlySpan<byte> prefix, Kind kind)
    {
        // Replacement decoders only count here; a prefix of a valid text decodes exactly.
        var text = kind switch
        {
            Kind.Utf8 => Encoding.UTF8.GetString(prefix),
            Kind.Gb18030 => LenientGb18030.GetString(prefix),
            Kind.Utf16 => Encoding.Unicode.GetString(prefix),
            _ => Encoding.BigEndianUnicode.GetString(prefix),
        };
        return LocateIn(path, text);
    }

    private static SourceLocation LocateIn(string path, string prefix)
    {
        var lastBreak = prefix.LastIndexOf('\n');
        return new SourceLocation(path, prefix.Count(c => c == '\n') + 1, prefix.Length - lastBreak);
    }
}
