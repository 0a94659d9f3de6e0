using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Import.Sources;

public sealed class DocxReaderTests : IDisposable
{
    private static readonly SourceLocation Nowhere = new("", 1, 1);

    private readonly TempFolder _temp = new();

    /// <summary>The seed's first part and first project table, shaped as Word holds them.</summary>
    private static readonly IReadOnlyList<Block> Disclosure =
    [
        H("第一部分"),
        H("部门整体绩效目标"),
        H("一、总体绩效目标"),
        P("网信办将以习近平新时代中国特色社会主义思想为指导，认真贯彻落实习近平总书记关于网络安全和信息化工作的重要思想。"),
        P("一是全力加强网上宣传。\t（第二栏）"),
        H("1、临西新闻网平台维护费绩效目标表"),
        T(
            R("224002中共临西县委网络安全和信息化委员会办公室", "单位：万元"),
            R("项目编码", "224-0603-YBN-W8XP", "项目名称", "临西新闻网平台维护费"),
            R("预算规模及资金用途", "预算数", "10.00", "其中：财政资金", "10.00", "其他资金", ""),
            R("", C("网信办通过长城网客户端进行发布以及更新新闻。", 6)),
            R("资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"),
            R("", "25.00", "50.00", "75.00", "100.00"),
            R("绩效目标", C("1、利用网络客户端宣传习近平新时代中国特色社会主义思想。\n2、通过网络客户端做到宣传我县重大活动。", 6)),
            R("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"),
            R("产出指标", "数量指标", "网络客户端更新新闻数量", "一年内网络客户端更新新闻数", "≥230篇（更新新闻篇数）", "《职能配置、内设机构和人员编制规定》"),
            R("", "时效指标", "新闻发布的完成率", "一年新闻发布任务完成情况", "≥85百分比", "《职能配置、内设机构和人员编制规定》"),
            R("", "质量指标", "网络客户端被入侵次数", "一年内网络客户端受入侵次数", "<2次（被入侵的次数）", "《职能配置、内设机构和人员编制规定》"),
            R("满意度指标", "服务对象满意度指标", "服务对象满意度", "业务人员的满意程度", "≥95百分比", "《职能配置、内设机构和人员编制规定》")),
        P("（完）"),
    ];

    public void Dispose() => _temp.Dispose();

    private static Paragraph P(string text) => new(text, false, Nowhere);

    private static Paragraph H(string text) => new(text, true, Nowhere);

    private static TableCell C(string text, int span = 1) => new(text, Nowhere, span);

    private static TableRow R(params object[] cells) =>
        new([.. cells.Select(c => c as TableCell ?? C((string)c))], Nowhere);

    private static Table T(params TableRow[] rows) => new(rows, Nowhere);

    /// <summary>A block as a person would check it: kind, text, spans; positions are tested separately.</summary>
    private static string Shape(Block block) => block switch
    {
        Paragraph p => (p.IsHeading ? "H " : "P ") + p.Text,
        Table t => "T " + string.Join(" / ", t.Rows.Select(r =>
            string.Join(" | ", r.Cells.Select(c => c.Text.Replace("\n", "⏎", StringComparison.Ordinal) + (c.Span > 1 ? $" ×{c.Span}" : ""))))),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static List<string> Shapes(IEnumerable<Block> blocks) => [.. blocks.Select(Shape)];

    private LegacyDocument Read(string path)
    {
        var bag = new DiagnosticBag();
        var document = DocxReader.Read(path, bag);
        Assert.Empty(bag.Sorted());
        return Assert.IsType<LegacyDocument>(document);
    }

    private IReadOnlyList<Block> ReadBody(string bodyXml, string extraStylesXml = "")
    {
        var path = _temp.Join("body.docx");
        DocxBuilder.WriteBody(path, bodyXml, extraStylesXml);
        return Read(path).Blocks;
    }

    private static string Para(string runsXml, string propertiesXml = "") => $"<w:p>{propertiesXml}{runsXml}</w:p>";

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    [Fact]
    public void A_disclosure_written_to_word_reads_back_with_its_texts_headings_cells_and_spans()
    {
        var path = _temp.Join("disclosure.docx");
        DocxBuilder.Write(path, Disclosure);

        var document = Read(path);

        Assert.Equal(Shapes(Disclosure), Shapes(document.Blocks));
        Assert.Equal((path, "Word (.docx)"), (document.Path, document.Format));
    }

    [Fact]
    public void Merged_level_cells_are_real_word_merges_that_read_as_empty_cells()
    {
        var path = _temp.Join("disclosure.docx");
        DocxBuilder.Write(path, Disclosure);

        using (var word = WordprocessingDocument.Open(path, false))
        {
            var merges = word.MainDocumentPart!.Document!.Body!.Descendants<W.VerticalMerge>().ToList();
            // Purpose, spending percentages and two 产出指标 rows continue; three cells start a merge.
            Assert.Equal(4, merges.Count(m => m.Val is null));
            Assert.Equal(3, merges.Count(m => m.Val?.Value == W.MergedCellValues.Restart));
        }

        var table = Assert.Single(Read(path).Blocks.OfType<Table>());
        Assert.Equal(["", "", "", ""], [table.Rows[3].Cells[0].Text, table.Rows[5].Cells[0].Text, table.Rows[9].Cells[0].Text, table.Rows[10].Cells[0].Text]);
    }

    [Fact]
    public void A_merged_cell_reads_empty_even_when_word_left_text_in_the_continuation()
    {
        var blocks = ReadBody("""
            <w:tbl>
              <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量指标</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p><w:r><w:t>stale</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>时效指标</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>质量指标</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """);

        Assert.Equal(["T 产出指标 | 数量指标 /  | 时效指标 /  | 质量指标"], Shapes(blocks));
    }

    [Fact]
    public void Seed_indicator_tables_keep_every_row_when_their_level_cells_are_merged()
    {
        foreach (var (code, rows) in SeedDocument.Load().Projects())
        {
            // The seed export fills 一级 from the row above; Word holds it once, merged over its group.
            var table = T([.. rows.Select((cells, i) =>
                R([.. cells.Select((text, c) => c == 0 && i > 0 && rows[i - 1][0] == text ? "" : text)]))]);
            var path = _temp.Join(code + ".docx");
            DocxBuilder.Write(path, [table]);

            var read = Assert.IsType<Table>(Assert.Single(Read(path).Blocks));

            Assert.Equal(Shapes([table]), Shapes([read]));
        }
    }

    [Fact]
    public void Headings_marked_by_a_TC_field_as_in_the_seed_read_as_headings_without_the_field_code()
    {
        var path = _temp.Join("tc.docx");
        DocxBuilder.Write(path, Disclosure, new DocxBuilder.Options { Headings = DocxBuilder.HeadingMark.TcField });

        Assert.Equal(Shapes(Disclosure), Shapes(Read(path).Blocks));
    }

    [Fact]
    public void Field_codes_vanish_and_field_results_stay()
    {
        var blocks = ReadBody(
            Para("""
                <w:r><w:t>一、总体绩效目标</w:t></w:r>
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TC "</w:instrText></w:r>
                <w:r><w:instrText>总体绩效目标" \f A \l 1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                """)
            + Para("""
                <w:r><w:t xml:space="preserve">第 </w:t></w:r>
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                <w:r><w:t xml:space="preserve"> 页，</w:t></w:r>
                <w:fldSimple w:instr=" DATE "><w:r><w:t>2020年1月</w:t></w:r></w:fldSimple>
                """));

        Assert.Equal(["H 一、总体绩效目标", "P 第 3 页，2020年1月"], Shapes(blocks));
    }

    [Fact]
    public void A_table_of_contents_field_marks_its_paragraph_as_a_heading()
    {
        var blocks = ReadBody(Para("""
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" \h </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、总体绩效目标</w:t></w:r>
            """) + Para(Run("二、分项绩效目标") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));

        Assert.Equal(["H 一、总体绩效目标", "P 二、分项绩效目标"], Shapes(blocks));
    }

    [Fact]
    public void Tracked_deletions_and_hidden_text_vanish_while_insertions_stay()
    {
        var blocks = ReadBody(Para("""
            <w:r><w:t>预算数</w:t></w:r>
            <w:del w:id="1" w:author="a"><w:r><w:delText>8.00</w:delText></w:r></w:del>
            <w:ins w:id="2" w:author="a"><w:r><w:t>10.00</w:t></w:r></w:ins>
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走的</w:t></w:r></w:moveFrom>
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>万元</w:t></w:r>
            """));

        Assert.Equal(["P 预算数10.00万元"], Shapes(blocks));
    }

    [Fact]
    public void A_row_deleted_with_track_changes_is_not_read()
    {
        var blocks = ReadBody("<w:tbl>"
            + "<w:tr><w:tc>" + Para(Run("产出指标")) + "</w:tc></w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr><w:tc>" + Para("<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删掉的</w:delText></w:r></w:del>") + "</w:tc></w:tr>"
            + "<w:tr><w:tc>" + Para(Run("效益指标")) + "</w:tc></w:tr>"
            + "</w:tbl>");

        var table = Assert.IsType<Table>(Assert.Single(blocks));
        Assert.Equal(["T 产出指标 / 效益指标"], Shapes(blocks));
        Assert.Equal(3, table.Rows[1].At.Line);
    }

    [Fact]
    public void Text_in_links_content_controls_custom_xml_and_smart_tags_is_read_in_order()
    {
        var blocks = ReadBody(
            Para("""
                <w:hyperlink w:anchor="top"><w:r><w:t>网信办</w:t></w:r></w:hyperlink>
                <w:sdt><w:sdtPr><w:alias w:val="单位"/></w:sdtPr><w:sdtContent><w:r><w:t>临西县</w:t></w:r></w:sdtContent></w:sdt>
                <w:customXml w:element="x"><w:r><w:t>（224002）</w:t></w:r></w:customXml>
                <w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:r><w:t>2020年</w:t></w:r></w:smartTag>
                """)
            + """
              <w:sdt><w:sdtPr/><w:sdtContent>
                <w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p>
                <w:tbl><w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>控件里的单元格</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>
              </w:sdtContent></w:sdt>
              """);

        Assert.Equal(["P 网信办临西县（224002）2020年", "P 控件里的段落", "T 控件里的单元格"], Shapes(blocks));
    }

    [Fact]
    public void Tabs_breaks_and_non_breaking_hyphens_become_characters_and_the_paragraph_is_trimmed()
    {
        var blocks = ReadBody(Para("""
            <w:r><w:t xml:space="preserve">  项目编码</w:t><w:tab/><w:t>224</w:t><w:noBreakHyphen/><w:t>0603</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行　</w:t></w:r>
            """));

        Assert.Equal("项目编码\t224-0603\n第二行\n第三行", Assert.IsType<Paragraph>(Assert.Single(blocks)).Text);
    }

    [Fact]
    public void Empty_paragraphs_are_skipped()
    {
        Assert.Equal(["P 有字"], Shapes(ReadBody("<w:p/>" + Para(Run("  ")) + Para(Run("有字")) + Para("<w:r><w:br w:type=\"page\"/></w:r>"))));
    }

    [Theory]
    [InlineData("<w:pStyle w:val=\"Heading2\"/>", true)]
    [InlineData("<w:pStyle w:val=\"1\"/>", true)] // Chinese Word's numeric heading style ids
    [InlineData("<w:pStyle w:val=\"a5\"/>", true)] // a style named 标题 3
    [InlineData("<w:pStyle w:val=\"MyHeading\"/>", true)] // based on a heading style
    [InlineData("<w:pStyle w:val=\"Outlined\"/>", true)] // a style with an outline level
    [InlineData("<w:outlineLvl w:val=\"2\"/>", true)]
    [InlineData("<w:pStyle w:val=\"Heading1\"/><w:outlineLvl w:val=\"9\"/>", false)] // level 9 is body text
    [InlineData("<w:pStyle w:val=\"Normal\"/>", false)]
    [InlineData("<w:pStyle w:val=\"NoSuchStyle\"/>", false)]
    [InlineData("", false)]
    public void Headings_are_told_by_style_id_name_or_outline_level(string properties, bool isHeading)
    {
        const string Styles = """
            <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 3"/></w:style>
            <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="Heading1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            """;

        var blocks = ReadBody(Para(Run("分项绩效目标"), $"<w:pPr>{properties}</w:pPr>"), Styles);

        Assert.Equal(isHeading, Assert.IsType<Paragraph>(Assert.Single(blocks)).IsHeading);
    }

    [Fact]
    public void Positions_count_every_paragraph_of_the_body_including_empty_ones_and_those_in_cells()
    {
        var blocks = ReadBody(
            Para(Run("标题"))                                                     // 1
            + "<w:p/>"                                                            // 2
            + "<w:tbl><w:tr>"
            + "<w:tc><w:p/>" + Para(Run("a")) + "</w:tc>"                         // 3, 4
            + "<w:tc>" + Para(Run("b")) + "</w:tc>"                               // 5
            + "</w:tr><w:tr><w:tc>" + Para(Run("c")) + "</w:tc></w:tr></w:tbl>"   // 6
            + Para(Run("完")));                                                   // 7

        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal(
            [1, 3, 3, 3, 5, 6, 6, 7],
            [
                blocks[0].At.Line, table.At.Line, table.Rows[0].At.Line, table.Rows[0].Cells[0].At.Line,
                table.Rows[0].Cells[1].At.Line, table.Rows[1].At.Line, table.Rows[1].Cells[0].At.Line, blocks[2].At.Line,
            ]);
        Assert.All(blocks, b => Assert.Equal((_temp.Join("body.docx"), 1), (b.At.Path, b.At.Column)));
    }

    [Fact]
    public void A_nested_table_adds_its_cells_as_further_lines_of_the_outer_cell()
    {
        var blocks = ReadBody("<w:tbl><w:tr><w:tc>" + Para(Run("绩效目标")) + "<w:p/>"
            + "<w:tbl><w:tr><w:tc>" + Para(Run("1、宣传")) + "</w:tc><w:tc><w:p/></w:tc><w:tc>" + Para(Run("2、引导")) + "</w:tc></w:tr></w:tbl>"
            + "<w:p/></w:tc><w:tc>" + Para(Run("下一格")) + "</w:tc></w:tr></w:tbl>");

        var cells = Assert.IsType<Table>(Assert.Single(blocks)).Rows[0].Cells;
        Assert.Equal(["绩效目标\n1、宣传\n2、引导", "下一格"], cells.Select(c => c.Text));
        Assert.Equal(7, cells[1].At.Line);
    }

    public static TheoryData<string> UnreadableFiles =>
    [
        "an old .doc", "an encrypted .docx", "a text file renamed .docx", "an RTF file renamed .docx", "an empty file",
        "an empty zip", "a zip of other files", "a docx without word/document.xml", "a docx with broken XML",
        "a truncated docx", "random bytes", "a missing file", "a file over 50 MB",
    ];

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void A_file_word_cannot_give_us_is_one_SG7001_error_and_no_exception(string kind)
    {
        var path = _temp.Join("bad.docx");
        MakeUnreadable(kind, path);

        var bag = new DiagnosticBag();
        var document = DocxReader.Read(path, bag);

        Assert.Null(document);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(("SG7001", SourceLocation.File(path)), (error.Code, error.Location));
        var hint = kind switch
        {
            "an old .doc" => "旧版 .doc 文件：请在 Word 中另存为 .docx 或文本文件",
            "an encrypted .docx" => "密码",
            "an RTF file renamed .docx" => "RTF",
            "a missing file" => "不存在",
            "an empty file" => "空的",
            "a file over 50 MB" => "文件有 50.0 MB，超过导入上限 50 MB",
            "a text file renamed .docx" or "random bytes" => ".txt",
            _ => ".docx",
        };
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    private void MakeUnreadable(string kind, string path)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        switch (kind)
        {
            case "an old .doc":
                File.WriteAllBytes(path, [.. ole, .. Encoding.Unicode.GetBytes("WordDocument")]);
                break;
            case "an encrypted .docx":
                File.WriteAllBytes(path, [.. ole, .. Encoding.Unicode.GetBytes("EncryptionInfo"), 0, 0, .. Encoding.Unicode.GetBytes("EncryptedPackage")]);
                break;
            case "a text file renamed .docx":
                File.WriteAllLines(path, SeedDocument.Load().Lines.Take(20));
                break;
            case "an RTF file renamed .docx":
                File.WriteAllText(path, @"{\rtf1\ansi\ansicpg936 项目编码}");
                break;
            case "an empty file":
                File.WriteAllBytes(path, []);
                break;
            case "an empty zip":
                ZipFile.Open(path, ZipArchiveMode.Create).Dispose();
                break;
            case "a zip of other files":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                    writer.Write("项目编码");
                }

                break;
            case "a docx without word/document.xml":
                DocxBuilder.Write(path, Disclosure);
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
                {
                    zip.GetEntry("word/document.xml")!.Delete();
                }

                break;
            case "a docx with broken XML":
                DocxBuilder.Write(path, Disclosure);
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
                {
                    zip.GetEntry("word/document.xml")!.Delete();
                    using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                    writer.Write("<w:document xmlns:w=\"" + DocxBuilder.WordNamespace + "\"><w:body><w:p>");
                }

                break;
            case "a truncated docx":
                DocxBuilder.Write(path, Disclosure);
                var whole = File.ReadAllBytes(path);
                File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
                break;
            case "random bytes":
                var random = new byte[20_000];
                new Random(7).NextBytes(random);
                File.WriteAllBytes(path, random);
                break;
            case "a missing file":
                break;
            case "a file over 50 MB":
                using (var stream = File.Create(path))
                {
                    // Sparse on the file systems tests run on: no 50 MB are written.
                    stream.SetLength(DocxReader.MaxBytes + 1);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
