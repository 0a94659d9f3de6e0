using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Content;

public sealed class TextFileReaderTests
{
    static TextFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var text = TextFileReader.Decode(bytes, "f.yml", bag);
        return (text, bag.Sorted());
    }

    [Fact]
    public void A_utf8_bom_is_dropped()
    {
        var (text, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. "name: 网信办"u8]);

        Assert.Equal("name: 网信办", text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_gbk_file_is_refused_at_its_first_chinese_character_instead_of_becoming_replacement_characters()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes("code: 1\nname: 网信办\n");

        var (text, diagnostics) = Decode(gbk);

        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SG1002", 2, 7), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_utf16_file_is_refused()
    {
        var (text, diagnostics) = Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: 1")).ToArray());

        Assert.Null(text);
        Assert.Contains("UTF-16", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_marks_a_binary_file()
    {
        var (text, diagnostics) = Decode([.. "a: 1\nb"u8, 0, .. "c"u8]);

        Assert.Null(text);
        Assert.Equal(new SourceLocation("f.yml", 2, 2), Assert.Single(diagnostics).Location);
    }
}
