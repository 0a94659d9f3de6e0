using System.Text;
using SiteGen.Rendering.Data;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Rendering.Data;

public sealed class CsvWriterTests
{
    private static readonly CsvColumn[] Columns = [new("文字", CsvType.Text, ""), new("数值", CsvType.Decimal, "")];

    [Fact]
    public void The_file_is_utf8_with_a_bom_and_crlf_records()
    {
        var bytes = CsvWriter.Write(Columns, [["甲", "1.00"]]);

        Assert.Equal(Csv.Bom, bytes[..3]);
        Assert.Equal("文字,数值\r\n甲,1.00\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("含逗号,的值")]
    [InlineData("含\"引号\"的值")]
    [InlineData("第一行\n第二行")]
    [InlineData("回车\r\n换行")]
    [InlineData("")]
    public void A_value_with_comma_quote_or_line_break_round_trips(string value)
    {
        var text = Encoding.UTF8.GetString(CsvWriter.Write(Columns, [[value, null]])[3..]);

        var rows = Csv.Parse(text);

        Assert.Equal([["文字", "数值"], [value, ""]], rows);
    }

    [Theory]
    [InlineData("=100%", "'=100%")]
    [InlineData("+5", "'+5")]
    [InlineData("-5%", "'-5%")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t1", "'\t1")]
    [InlineData("≥230篇", "≥230篇")]
    [InlineData("＝100%", "＝100%")]
    public void Text_that_excel_would_run_as_a_formula_gets_a_leading_quote(string value, string written)
    {
        Assert.Equal(written, Csv.Parse(Encoding.UTF8.GetString(CsvWriter.Write(Columns, [[value, null]])[3..]))[1][0]);
    }

    [Fact]
    public void Numeric_columns_are_never_changed()
    {
        Assert.Equal("-5.00", CsvWriter.Field("-5.00", CsvType.Decimal));
        Assert.Equal("-5", CsvWriter.Field("-5", CsvType.Integer));
    }

    [Fact]
    public void A_guarded_field_that_needs_quotes_is_quoted_after_the_guard()
    {
        Assert.Equal("\"'=A1,\"\"B\"\"\"", CsvWriter.Field("=A1,\"B\"", CsvType.Text));
    }
}
