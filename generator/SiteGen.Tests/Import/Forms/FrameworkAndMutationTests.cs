using SiteGen.Import.Sources;
using SiteGen.Tests.TestSupport;
using static SiteGen.Tests.Import.Forms.FormBlocks;

namespace SiteGen.Tests.Import.Forms;

/// <summary>
/// A document that does not name its framework is checked against the one its pairs fit (2021 documents are written
/// in both); and random mutations of each shape's input never throw and never produce a value the input lacks.
/// </summary>
public sealed class FrameworkAndMutationTests
{
    private static IReadOnlyList<Block> Form(int year, string level1, string level2) =>
    [
        Heading($"{year}年度项目绩效目标申报表"),
        Table([
            ["项目名称", "网站运维"],
            ["预算数", "6.00"],
            ["资金用途", "网站运维。"],
            ["绩效目标", "网站稳定运行。"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            [level1, level2, "运维成本", "≤6万元"],
            ["产出指标", "数量指标", "更新次数", "≥100次"],
            ["效益指标", "社会效益指标", "访问量", "≥10万次"],
            ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
        ]),
    ];

    [Theory]
    [InlineData("产出指标", "成本指标", "2020", true)] // the older framework's pair, in a 2021 document
    [InlineData("成本指标", "经济成本指标", "2021", false)]
    public void A_2021_document_is_checked_against_the_framework_its_pairs_fit(string level1, string level2, string framework, bool told)
    {
        using var folder = new TempFolder();
        var run = ImportFile(folder, Html(folder, "表.html", Form(2021, level1, level2)), "224002", "县委网信办");

        Assert.True(run.Result.Succeeded, run.Report);
        Assert.Equal(framework, Field(Path.Join(run.DisclosureFolder, "disclosure.yml"), "framework"));
        Assert.Equal(told, run.Result.Diagnostics.Any(d => d.Code == "SG7110"));
        var page = BuildPage(folder, run);
        Assert.Contains($"<dd>{framework}年版</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"target\">{Escaped("≤6万元")}</td>", page, StringComparison.Ordinal);
    }

    public static TheoryData<string> Shapes => ["declaration.html", "declaration.txt", "department.html", "projects-only.xlsx"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Random_mutations_of_each_shape_never_throw_and_never_invent_a_value(string shape)
    {
        var random = new Random(14);
        for (var round = 0; round < 25; round++)
        {
            using var folder = new TempFolder();
            var blocks = Mutate(Original(shape), random);
            var file = Path.GetExtension(shape) switch
            {
                ".html" => Html(folder, shape, blocks),
                ".xlsx" => Xlsx(folder, shape, ("表", blocks)),
                _ => PipeText(folder, shape, blocks),
            };

            var run = ImportFile(folder, file, "224002", "县委网信办"); // throws nothing, whatever the mutation

            // Every value written is the input's own text (a cell, or a target's cells of one row joined; a blank stays blank).

            var rows = blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => string.Concat(r.Cells.Select(c => c.Text.Replace('\n', ' ')))).ToList();
            var cells = blocks.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text.Replace('\n', ' ')).Append("").ToHashSet(StringComparer.Ordinal);
            foreach (var yaml in run.Result.Imported.SelectMany(i => Directory.EnumerateFiles(i.Folder, "*.yml", SearchOption.AllDirectories)))
            {
                foreach (var list in (string[])["indicators", "department_indicators"])
                {
                    for (var i = 0; Field(yaml, $"{list}.{i}.name") is { } name; i++)
                    {
                        Assert.Contains(name, cells);
                        var target = Field(yaml, $"{list}.{i}.target")!;
                        Assert.True(target.Length == 0 || rows.Any(r => r.Contains(target, StringComparison.Ordinal)), $"round {round}: target “{target}” is in no row of the input");
                    }
                }

                if (Field(yaml, "budget.total") is { Length: > 0 } total)
                {
                    Assert.Contains(total, cells);
                }
            }
        }
    }

    private static IReadOnlyList<Block> Original(string shape) => shape switch
    {
        "department.html" => DepartmentTableTests.DepartmentPart,
        "projects-only.xlsx" => Form(2022, "产出指标", "时效指标"),
        _ => DeclarationFormTests.Form,
    };

    /// <summary>What goes wrong in real copies: a row lost, duplicated or moved, a cell emptied, the table cut short.</summary>
    private static List<Block> Mutate(IReadOnlyList<Block> blocks, Random random)
    {
        return [.. blocks.Select(b => b is Table t ? t with { Rows = MutateRows([.. t.Rows], random) } : b)];
    }

    private static List<TableRow> MutateRows(List<TableRow> rows, Random random)
    {
        for (var n = random.Next(1, 4); n > 0 && rows.Count > 1; n--)
        {
            var i = random.Next(rows.Count);
            switch (random.Next(5))
            {
                case 0:
                    rows.RemoveAt(i);
                    break;
                case 1:
                    rows.Insert(i, rows[i]);
                    break;
                case 2:
                    var j = random.Next(rows.Count);
                    (rows[i], rows[j]) = (rows[j], rows[i]);
                    break;
                case 3:
                    var cells = rows[i].Cells.ToList();
                    var c = random.Next(cells.Count);
                    cells[c] = cells[c] with { Text = "" };
                    rows[i] = rows[i] with { Cells = cells };
                    break;
                default:
                    rows = rows[..(i + 1)];
                    var last = rows[^1].Cells.ToList();
                    rows[^1] = rows[^1] with { Cells = last[..random.Next(1, last.Count + 1)] };
                    break;
            }
        }

        return rows;
    }
}
