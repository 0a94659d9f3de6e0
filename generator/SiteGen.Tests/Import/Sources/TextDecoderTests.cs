using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Import.Sources;

public sealed class TextDecoderTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    /// <summary>The seed's opening, with its tabs, Chinese punctuation and CRLF line ends as Windows saves them.</summary>
    private static readonly string SeedOpening =
        string.Join("\r\n", SeedDocument.Load().Lines.Take(12)) + "\r\n";

    private static (DecodedText? Decoded, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes, string? forced = null)
    {
        var bag = new DiagnosticBag();
        var decoded = TextDecoder.Decode(bytes, "old.txt", forced, bag);
        return (decoded, bag.Sorted());
    }

    private static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, Severity.Error), (error.Code, error.Severity));
        return error;
    }

    [Fact]
    public void Utf8_text_is_read_as_it_is_line_ends_included()
    {
        var (decoded, diagnostics) = Decode(Encoding.UTF8.GetBytes(SeedOpening));

        Assert.Equal(new DecodedText(SeedOpening, "UTF-8"), decoded);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_utf8_bom_is_not_part_of_the_text()
    {
        var (decoded, _) = Decode([0xEF, 0xBB, 0xBF, .. "项目编码\n"u8]);

        Assert.Equal(new DecodedText("项目编码\n", "UTF-8"), decoded);
    }

    [Fact]
    public void An_empty_file_is_empty_utf8_text()
    {
        Assert.Equal(new DecodedText("", "UTF-8"), Decode([]).Decoded);
    }

    [Fact]
    public void Text_saved_as_ANSI_on_Chinese_Windows_is_read_as_GB18030()
    {
        var (decoded, diagnostics) = Decode(Gb18030.GetBytes(SeedOpening));

        Assert.Equal(new DecodedText(SeedOpening, "GB18030"), decoded);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Gbk_bytes_are_read_exactly_because_GB18030_contains_GBK()
    {
        var (decoded, _) = Decode(Gbk.GetBytes(SeedOpening));

        Assert.Equal(new DecodedText(SeedOpening, "GB18030"), decoded);
    }

    [Fact]
    public void Utf16_with_either_bom_is_read_without_the_bom()
    {
        var little = Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(SeedOpening)]).Decoded;
        var big = Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(SeedOpening)]).Decoded;

        Assert.Equal(new DecodedText(SeedOpening, "UTF-16"), little);
        Assert.Equal(new DecodedText(SeedOpening, "UTF-16"), big);
    }

    [Fact]
    public void Utf16_without_a_bom_is_read_when_the_user_names_it()
    {
        var (decoded, diagnostics) = Decode(Encoding.BigEndianUnicode.GetBytes("项目编码\n"), forced: "utf-16be");

        Assert.Equal(new DecodedText("项目编码\n", "UTF-16"), decoded);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("utf-8", "UTF-8")]
    [InlineData("gb18030", "GB18030")]
    [InlineData("gbk", "GB18030")]
    [InlineData("gb2312", "GB18030")]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16be", "UTF-16")]
    public void Every_encoding_the_command_line_offers_decodes_its_own_bytes(string name, string reported)
    {
        var encoding = name switch
        {
            "utf-8" => Encoding.UTF8,
            "utf-16" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            _ => Gb18030,
        };

        var (decoded, _) = Decode(encoding.GetBytes("预算数\t10.00\n"), name);

        Assert.Contains(name, TextDecoder.EncodingNames);
        Assert.Equal(new DecodedText("预算数\t10.00\n", reported), decoded);
    }

    [Fact]
    public void A_real_replacement_character_in_the_source_is_kept()
    {
        Assert.Equal("a\uFFFDb", Decode(Encoding.UTF8.GetBytes("a\uFFFDb")).Decoded?.Text);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_refused_at_the_first_bad_utf8_byte()
    {
        // Line 2 is GBK text, then a 0xFF that no GB18030 sequence contains.
        byte[] bytes = [.. "项目编码\n"u8, .. Gbk.GetBytes("网信"), 0xFF];

        var (decoded, diagnostics) = Decode(bytes);

        Assert.Null(decoded);
        var error = SingleError(diagnostics, "SG7002");
        Assert.Equal(new SourceLocation("old.txt", 2, 1), error.Location);
        Assert.Contains("0xCD", error.Message, StringComparison.Ordinal); // the first GBK byte of 网
        Assert.Contains("第 2 行第 3 列", error.Message, StringComparison.Ordinal); // where GB18030 fails: the 0xFF
    }

    [Fact]
    public void Forcing_utf8_on_gbk_text_is_refused_at_the_first_chinese_character()
    {
        var (decoded, diagnostics) = Decode(Gbk.GetBytes("code: 1\nname: 网信办\n"), forced: "utf-8");

        Assert.Null(decoded);
        Assert.Equal(new SourceLocation("old.txt", 2, 7), SingleError(diagnostics, "SG7002").Location);
    }

    [Fact]
    public void Forcing_gbk_on_utf8_text_is_usually_refused_on_the_line_where_it_goes_wrong()
    {
        // UTF-8 Chinese is three bytes a character; read in pairs, "数" (E6 95 B0) leaves B0 to pair with the tab.
        var (decoded, diagnostics) = Decode(Encoding.UTF8.GetBytes("项目编码\n预算数\t10.00\n"), forced: "gbk");

        Assert.Null(decoded);
        var error = SingleError(diagnostics, "SG7002");
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("--encoding gbk", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xB0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forcing_gbk_on_utf8_text_can_also_give_mojibake_which_only_the_reported_encoding_reveals()
    {
        // Six UTF-8 bytes happen to be three valid GB18030 pairs: a forced encoding is trusted, as documented.
        var (decoded, diagnostics) = Decode(Encoding.UTF8.GetBytes("预算"), forced: "gbk");

        Assert.Empty(diagnostics);
        Assert.Equal("GB18030", decoded?.EncodingName);
        Assert.NotEqual("预算", decoded?.Text);
        Assert.DoesNotContain('\uFFFD', decoded!.Text);
    }

    [Fact]
    public void A_broken_utf16_surrogate_is_refused_at_its_position()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\ncd"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("e")];

        var (decoded, diagnostics) = Decode(bytes);

        Assert.Null(decoded);
        var error = SingleError(diagnostics, "SG7002");
        Assert.Equal(new SourceLocation("old.txt", 2, 3), error.Location);
        Assert.Contains("0x00 0xD8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_an_odd_number_of_bytes_is_refused_at_the_last_byte()
    {
        var (decoded, diagnostics) = Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("abc"), 0x41]);

        Assert.Null(decoded);
        Assert.Equal(new SourceLocation("old.txt", 1, 4), SingleError(diagnostics, "SG7002").Location);
    }

    [Fact]
    public void A_utf8_bom_before_bytes_that_are_not_utf8_is_refused_rather_than_guessed()
    {
        var (decoded, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. Gbk.GetBytes("预算")]);

        Assert.Null(decoded);
        Assert.Contains("BOM", SingleError(diagnostics, "SG7002").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_means_the_file_is_not_text()
    {
        var (decoded, diagnostics) = Decode([.. "项目编码\n预算"u8, 0, .. "数"u8]);

        Assert.Null(decoded);
        Assert.Equal(new SourceLocation("old.txt", 2, 3), SingleError(diagnostics, "SG7001").Location);
    }

    [Fact]
    public void A_word_document_given_as_text_is_named_as_one()
    {
        var (_, diagnostics) = Decode([.. "PK"u8, 3, 4, 20, 0, 6, 0]);

        Assert.Contains(".docx", SingleError(diagnostics, "SG7001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_utf16_text_means_the_file_is_not_text()
    {
        var (decoded, diagnostics) = Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\nb\0")]);

        Assert.Null(decoded);
        Assert.Equal(new SourceLocation("old.txt", 2, 2), SingleError(diagnostics, "SG7001").Location);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Random_bytes_give_one_positioned_error_or_clean_text_and_never_an_exception(int seed, bool withoutNul)
    {
        var random = new Random(seed);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        if (withoutNul)
        {
            bytes = [.. bytes.Select(b => b == 0 ? (byte)'\n' : b)];
        }

        foreach (var forced in new string?[] { null, "utf-8", "gbk", "utf-16" })
        {
            var (decoded, diagnostics) = Decode(bytes, forced);

            if (decoded is null)
            {
                var error = Assert.Single(diagnostics);
                Assert.True(error.Code is "SG7001" or "SG7002", error.ToString());
                Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
            }
            else
            {
                Assert.Empty(diagnostics);
                Assert.DoesNotContain('\uFFFD', decoded.Text);
            }
        }
    }

    [Fact]
    public void A_gb18030_error_position_is_that_of_the_bad_sequence_deep_in_a_large_file()
    {
        var text = string.Concat(Enumerable.Repeat("预算数\t10.00\n", 5000));
        byte[] bytes = [.. Gb18030.GetBytes(text), 0xC4, (byte)'\n'];

        var (_, diagnostics) = Decode(bytes, forced: "gb18030");

        Assert.Equal(new SourceLocation("old.txt", 5001, 1), SingleError(diagnostics, "SG7002").Location);
    }
}
