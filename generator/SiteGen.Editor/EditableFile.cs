using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Editor;

/// <summary>
/// A content file as the editor opened it: its bytes' SHA-256 (which the form carries back, so a save can tell that the
/// file changed on disk meanwhile), its text without the BOM, and whether it had one (kept on save).
/// </summary>
public sealed record EditableFile(string Path, string Text, bool Bom, string Hash)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file as it is now; null when it is missing or not UTF-8 (the editor then refuses it).</summary>
    public static EditableFile? Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            return new EditableFile(path, StrictUtf8.GetString(bom ? bytes[3..] : bytes), bom, HashOf(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The file's YAML, read as the build reads it (diagnostics go to <paramref name="diagnostics"/>).</summary>
    public YamlNode? Parse(DiagnosticBag diagnostics) => YamlReader.Read(Text, Path, diagnostics);

    /// <summary>The bytes this text is saved as.</summary>
    public byte[] BytesOf(string text) => [.. Bom ? "\uFEFF"u8 .ToArray() : [], .. StrictUtf8.GetBytes(text)];

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
