using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// Reads a Word document (.docx) into paragraphs and tables in reading order, as Word's own text export
/// shows them: visible text only, vertically merged cells empty below their first row.
/// A .docx has no lines, so a location's Line is the 1-based number of a paragraph in reading order,
/// counting every paragraph of the body including empty ones and those inside table cells (text boxes,
/// headers and footers are not read and not counted), and Column is always 1. A table row is located at
/// its first cell's first paragraph, a table at its first row.
/// A file that cannot be read is one SG7001 and null; no exception escapes for a bad file.
/// </summary>
public static class DocxReader
{
    /// <summary>Far above any real disclosure; a larger file is refused before it is unpacked.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public const string Format = "Word (.docx)";

    private const string Advice = "请在 Word 中打开它并另存为 .docx，或导出为文本文件后再导入";

    // A zip bomb in document.xml stops here instead of filling memory. (Malformed hyperlink addresses, which
    // made SDK 2 refuse whole documents, are rewritten by SDK 3 itself.)
    private static readonly OpenSettings Settings = new() { MaxCharactersInPart = 200L * 1024 * 1024 };

    public static LegacyDocument? Read(string path, DiagnosticBag diagnostics)
    {
        var file = SourceLocation.File(path);
        try
        {
            if (Refusal(path) is { } refusal)
            {
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, file, refusal);
                return null;
            }

            using var document = WordprocessingDocument.Open(path, false, Settings);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, file,
                    "文件是 zip 压缩包，但没有 Word 正文（word/document.xml），不是完整的 .docx 文件：" + Advice);
                return null;
            }

            var styles = new DocxHeadingStyles(main.StyleDefinitionsPart?.Styles);
            return new LegacyDocument(path, Format, DocxBodyReader.Read(body, path, styles));
        }
        // A part that a relationship names but the zip lacks is an InvalidOperationException, thrown by System.IO.Packaging
        // or by the SDK's own part loader (which of the two depends on the machine: CI saw the SDK's). One from
        // anywhere else, our own code above all, would be a bug here and must not pass as a bad file.
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
            || (ex is InvalidOperationException && IsFromThePackage(ex)))
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, file,
                $"文件不是有效的 .docx（已损坏、不完整，或根本不是 Word 文档）：{Advice}。详细信息：{ex.Message}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, file, $"无法读取文件（可能被其他程序占用、没有读取权限或已损坏）：{ex.Message}");
            return null;
        }
    }

    private static bool IsFromThePackage(Exception ex) =>
        ex.Source is { } source && (source.StartsWith("System.IO.Packaging", StringComparison.Ordinal)
            || source.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));

    /// <summary>Why the file is refused before the zip is opened, or null.</summary>
    private static string? Refusal(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return "文件不存在";
        }

        if (info.Length > MaxBytes)
        {
            var megabytes = (info.Length / 1024.0 / 1024).ToString("0.0", CultureInfo.InvariantCulture);
            return $"文件有 {megabytes} MB，超过导入上限 {MaxBytes / 1024 / 1024} MB；公开文档里的大图片可以先在 Word 中删除或压缩";
        }

        if (info.Length == 0)
        {
            return "文件是空的（0 字节）";
        }

        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = info.OpenRead())
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            // Word saves a password-protected .docx as an OLE compound file too, holding an "EncryptedPackage" stream.
            return File.ReadAllBytes(path).AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? "文件设置了打开密码（已加密）：请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后另存为 .docx 再导入"
                : "旧版 .doc 文件：请在 Word 中另存为 .docx 或文本文件";
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return "这是 RTF 文件，只是扩展名写成了 .docx：请在 Word 中另存为 .docx 或文本文件";
        }

        return head.StartsWith("PK"u8)
            ? null
            : "文件不是 .docx（.docx 是 zip 格式，这个文件不是）：如果它是 Word 导出的文本，请把扩展名改为 .txt 再导入；否则" + Advice;
    }
}
