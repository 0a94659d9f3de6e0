using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Reads a content file as strict UTF-8. A GBK or UTF-16 file read as UTF-8 would silently become
/// U+FFFD; here it is a diagnostic at the first bad byte instead.
/// </summary>
public static class TextFileReader
{
    /// <summary>Far above any real disclosure (the seed is 12 KB); stops a stray huge file early.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text without a BOM, or null when it cannot be used (reported).</summary>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, SourceLocation.File(displayPath),
                    $"文件有 {info.Length / 1024 / 1024} MB，超过内容文件上限 {MaxBytes / 1024 / 1024} MB");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(displayPath), $"无法读取文件：{ex.Message}");
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    internal static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Report(DiagnosticCodes.NotUtf8, SourceLocation.File(displayPath), "文件是 UTF-16 编码：请另存为 UTF-8");
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul < 0 && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // The usual case, checked without the scratch buffer FirstInvalidUtf8 needs (one per file, 65,000 files in a large site).
            return StrictUtf8.GetString(bytes);
        }

        var bad = FirstInvalidUtf8(bytes);
        var first = nul < 0 ? bad : bad < 0 ? nul : Math.Min(nul, bad);
        if (first >= 0)
        {
            var (line, column) = PositionOf(bytes[..first]);
            var message = first == nul
                ? "文件含有 NUL 字节，不是文本文件"
                : "文件不是有效的 UTF-8（常见原因：用 GBK/GB18030 保存）：请在编辑器中另存为 UTF-8";
            diagnostics.Report(DiagnosticCodes.NotUtf8, new SourceLocation(displayPath, line, column), message);
            return null;
        }

        return StrictUtf8.GetString(bytes);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    /// <summary>Line and column (in characters) of the byte after <paramref name="validPrefix"/>.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> validPrefix)
    {
        var text = StrictUtf8.GetString(validPrefix);
        var lastBreak = text.LastIndexOf('\n');
        var line = text.Count(c => c == '\n') + 1;
        return (line, text.Length - lastBreak);
    }
}
