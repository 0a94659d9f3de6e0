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

    public static TheoryData<string> Shapes =>
    [
        "declaration.html", "declaration.txt", "department.html", "projects-only.xlsx",
        "flat.xlsx", "flat.html", "notice.txt", "notice.html", "measures.html", "continued.html", "continued.txt", "side-by-side.xlsx",
    ];

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
                _ when shape.StartsWith("notice", StringComparison.Ordinal) => WildShapeGapTests.PlainText(folder, shape, blocks),
                _ => PipeText(folder, shape, blocks),
            };

            var run = ImportFile(folder, file, "224002", "县委网信办"); // throws nothing, whatever the mutation

            // Every value written is the input's own text (a cell, or a target's cells of one row joined; a blank stays blank).

            // A notice has no cells: its names, targets and amounts are parts of its lines.
            var lines = blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
            var rows = blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => string.Concat(r.Cells.Select(c => c.Text.Replace('\n', ' ')))).Concat(lines).ToList();
            var cells = blocks.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text.Replace('\n', ' ')).Append("").ToHashSet(StringComparer.Ordinal);
            void AssertFromInput(string value, string what) =>
                Assert.True(cells.Contains(value) || lines.Any(l => l.Contains(value, StringComparison.Ordinal)), $"round {round}: {what} “{value}” is not the input's text");
            foreach (var yaml in run.Result.Imported.SelectMany(i => Directory.EnumerateFiles(i.Folder, "*.yml", SearchOption.AllDirectories)))
            {
                foreach (var list in (string[])["indicators", "department_indicators"])
                {
                    for (var i = 0; Field(yaml, $"{list}.{i}.name") is { } name; i++)
                    {
                        AssertFromInput(name, "name");
                        var target = Field(yaml, $"{list}.{i}.target")!;
                        Assert.True(target.Length == 0 || rows.Any(r => r.Contains(target, StringComparison.Ordinal)), $"round {round}: target “{target}” is in no row of the input");
                    }
                }

                if (Field(yaml, "budget.total") is { Length: > 0 } total)
                {
                    AssertFromInput(total, "budget.total");
                }
            }
        }
    }

    private static IReadOnlyList<Block> Original(string shape) => shape switch
    {
        "department.html" => DepartmentTableTests.DepartmentPart,
        "projects-only.xlsx" => Form(2022, "产出指标", "时效指标"),
        "flat.xlsx" or "flat.html" => WildShapeGapTests.FlatWorkbook,
        "notice.txt" or "notice.html" => WildShapeGapTests.Notice,
        "measures.html" => WildShapeGapTests.DepartmentWithMeasures,
        "continued.html" or "continued.txt" => WildShapeGapTests.Continued("（续表）"),
        "side-by-side.xlsx" => WildShapeGapTests.SideBySide,
        _ => DeclarationFormTests.Form,
    };

    /// <summary>What goes wrong in real copies: a row lost, duplicated or moved, a cell emptied, the table cut short.</summary>
    private static List<Block> Mutate(IReadOnlyList<Block> blocks, Random random)
    {
        if (!blocks.OfType<Table>().Any())
        {
            return MutateLines([.. blocks.Cast<Paragraph>()], random); // a notice: its lines suffer the same
        }

        return [.. blocks.Select(b => b is Table t ? t with { Rows = MutateRows([.. t.Rows], random) } : b)];
    }

    /// <summary>A line lost, repeated or moved, cut short, or a stray character inside it.</summary>
    private static List<Block> MutateLines(List<Paragraph> lines, Random random) =>
    [
        .. MutateList(lines, random,
            (all, i) =>
            {
                all[i] = all[i] with { Text = all[i].Text[..random.Next(1, all[i].Text.Length + 1)] };
                return all;
            },
            (all, i) =>
            {
                var at = random.Next(all[i].Text.Length + 1);
                all[i] = all[i] with { Text = all[i].Text[..at] + "：；★≥|"[random.Next(5)] + all[i].Text[at..] };
                return all;
            }),
    ];

    private static List<TableRow> MutateRows(List<TableRow> rows, Random random) =>
        MutateList(rows, random,
            (all, i) =>
            {
                var cells = all[i].Cells.ToList();
                var c = random.Next(cells.Count);
                cells[c] = cells[c] with { Text = "" };
                all[i] = all[i] with { Cells = cells };
                return all;
            },
            (all, i) =>
            {
                all = all[..(i + 1)];
                var last = all[^1].Cells.ToList();
                all[^1] = all[^1] with { Cells = last[..random.Next(1, last.Count + 1)] };
                return all;
            });

    /// <summary>One to three of: an item lost, repeated, moved, damaged (<paramref name="damage"/>) or the rest cut off (<paramref name="cut"/>).</summary>
    private static List<T> MutateList<T>(List<T> items, Random random, Func<List<T>, int, List<T>> damage, Func<List<T>, int, List<T>> cut)
    {
        for (var n = random.Next(1, 4); n > 0 && items.Count > 1; n--)
        {
            var i = random.Next(items.Count);
            switch (random.Next(5))
            {
                case 0:
                    items.RemoveAt(i);
                    break;
                case 1:
                    items.Insert(i, items[i]);
                    break;
                case 2:
                    var j = random.Next(items.Count);
                    (items[i], items[j]) = (items[j], items[i]);
                    break;
                case 3:
                    items = damage(items, i);
                    break;
                default:
                    items = cut(items, i);
                    break;
            }
        }

        return items;
    }
}
