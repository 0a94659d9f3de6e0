using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Walks a legacy document in reading order: an optional title, 第一部分 (部门整体绩效目标: prose sections),
/// 第二部分 (预算项目绩效目标表: one table per project, each usually after a title line). The part headings may
/// be missing; a section heading starts Part 1 and a project table starts Part 2.
/// </summary>
public static partial class DocumentRecogniser
{
    private enum Part { Preamble, One, Two }

    public static DisclosureDraft? Recognise(LegacyDocument document, int? yearOption, DiagnosticBag diagnostics) =>
        Recognise(document, new GivenFacts(yearOption, null, null), diagnostics);

    public static DisclosureDraft? Recognise(LegacyDocument document, GivenFacts given, DiagnosticBag diagnostics)
    {
        if (NoticeReader.IsNotice(document))
        {
            // A 公示 of sentences: no table to read, the project's facts and indicators are in its lines.
            var notice = NoticeReader.Read(document, diagnostics);
            var noticeYear = document.Blocks.OfType<Paragraph>().Select(p => YearOf(TitleYear(), p.Text)).FirstOrDefault(y => y is not null);
            var first = document.Blocks[0].At;
            return Assemble(document, new PartOneReader(diagnostics), null, [.. notice.Select(n => (n.Draft, (DepartmentDraft?)null, n.MoneyUnit))],
                given with { Year = given.Year ?? noticeYear },
                notice.Count > 0 ? [] : [(first, $"第 {first.Line} 行起是公示文字，写有项目名称，但没有读出完整的项目（见上面的 SG7103）")], diagnostics);
        }

        var partOne = new PartOneReader(diagnostics);
        var projects = new List<(ProjectDraft Draft, DepartmentDraft? Unit, string? MoneyUnit)>();
        var tried = new List<(SourceLocation At, string Why)>();
        DepartmentTableReader? departmentTable = null;
        Paragraph? lastParagraph = null;
        var part = Part.Preamble;
        int? titleYear = null;
        Paragraph? heading = null;
        string? moneyUnitLine = null;
        (List<TableRow> Rows, SourceLocation At, Paragraph? Heading)? pending = null;
        Paragraph? firstProse = null;

        // A project's tables are read together once its last continuation (a table split by a page break) is known.
        void Flush()
        {
            if (pending is not { } p)
            {
                return;
            }

            pending = null;
            var (draft, reader) = ProjectTableReader.Read(new Table(p.Rows, p.At), p.Heading, diagnostics);
            if (draft is not null)
            {
                projects.Add((draft, reader.Unit, reader.MoneyUnit ?? moneyUnitLine));
            }
            else
            {
                tried.Add((p.At, $"第 {p.At.Line} 行起的项目表：{reader.StoppedBecause}"));
            }
        }

        foreach (var block in document.Blocks)
        {
            if (block is Table table)
            {
                if (departmentTable is null && !ProjectTableReader.IsProjectTable(table) && DepartmentTableReader.IsDepartmentTable(table, lastParagraph))
                {
                    departmentTable = DepartmentTableReader.Read(table, diagnostics);
                    heading = null;
                    continue;
                }

                if (FlatProjectTable.IsFlat(table))
                {
                    // One table of many projects (an 一体化 export): one project table each, read like any other.
                    part = Part.Two;
                    Flush();
                    foreach (var each in FlatProjectTable.Split(table, diagnostics))
                    {
                        pending = ([.. each.Rows], each.At, null);
                        Flush();
                    }

                    heading = null;
                    continue;
                }

                if (part == Part.Two || ProjectTableReader.IsProjectTable(table))
                {
                    part = Part.Two;
                    if (pending is { } open && !ProjectTableReader.IsProjectTable(table) && Continues(table, open.Rows, heading))
                    {
                        diagnostics.Report(DiagnosticCodes.ImportTableContinued, table.At,
                            $"第 {table.At.Line} 行起的表没有项目名称，紧接在第 {open.At.Line} 行起的项目表之后{(heading is null ? "" : $"（标题 “{heading.Text}”）")}：按分页后的续表读，指标行并入上一个项目");
                        if (heading is not null && !heading.Text.Contains('续', StringComparison.Ordinal))
                        {
                            open.Rows.Add(new TableRow([new TableCell(heading.Text, heading.At)], heading.At)); // 年度绩效指标 / 长期绩效指标 above the rows
                        }

                        open.Rows.AddRange(table.Rows);
                        heading = null;
                        continue;
                    }

                    Flush();
                    pending = ([.. table.Rows], table.At, heading);
                }
                else
                {
                    var why = WhyNotAProjectTable(table);
                    tried.Add((table.At, why));
                    diagnostics.Report(DiagnosticCodes.ImportSkipped, table.At, why + "，没有导入");
                }

                heading = null;
                continue;
            }

            var paragraph = (Paragraph)block;
            lastParagraph = paragraph;
            if (part != Part.One && !PartOneReader.IsSectionHeading(paragraph) && (Notes.IsProse(paragraph.Text) || Notes.IsNote(paragraph.Text)))
            {
                // A notice's sentences, an explanation, a note under a table: said where it is, never a title or a value.
                firstProse ??= paragraph;
                Notes.Report(paragraph, diagnostics);
                if (part == Part.Preamble)
                {
                    titleYear ??= YearOf(TitleYear(), paragraph.Text);
                }

                continue;
            }

            var label = Labels.Normalise(paragraph.Text);
            if (PartHeading().Match(label) is { Success: true } partMatch)
            {
                part = partMatch.Groups["n"].Value == "一" ? Part.One : Part.Two;
            }
            else if (label is "部门整体绩效目标" or "预算项目绩效目标" or "预算项目绩效目标表" or "项目绩效目标表")
            {
                // The title under a part heading.
            }
            else if (part == Part.Two)
            {
                if (UnitCells.MoneyUnit(paragraph.Text) is { } unit)
                {
                    moneyUnitLine = unit;
                }
                else
                {
                    ReportUnused(heading, diagnostics);
                    heading = paragraph;
                }
            }
            else if (part == Part.One || PartOneReader.IsSectionHeading(paragraph))
            {
                part = Part.One;
                partOne.Add(paragraph);
            }
            else if (UnitCells.MoneyUnit(paragraph.Text) is { } unit)
            {
                moneyUnitLine = unit; // 单位：万元 under the title, above the tables
            }
            else
            {
                titleYear ??= YearOf(TitleYear(), paragraph.Text);
            }
        }

        Flush();
        if (heading is not null && LooksLikeTitle(heading.Text))
        {
            diagnostics.Report(DiagnosticCodes.ImportStopped, heading.At,
                $"“{heading.Text}” 之后没有项目表：文档可能在这里中断");
        }
        else if (heading is not null)
        {
            Notes.Report(heading, diagnostics); // a signature or date line after the last table
        }

        if (firstProse is not null && tried.Count == 0 && projects.Count == 0 && departmentTable is null && !partOne.HasOverallGoals)
        {
            tried.Add((firstProse.At, $"第 {firstProse.At.Line} 行起是文字（公示、说明），不是表格：导入只读表格，不从句子中摘取绩效指标"));
        }

        return Assemble(document, partOne, departmentTable, projects, given with { Year = given.Year ?? titleYear }, tried, diagnostics);
    }

    /// <summary>A project table's title (…绩效目标表, 1、某某项目): a paragraph after which a table is due.</summary>
    private static bool LooksLikeTitle(string text) =>
        text.Contains('表', StringComparison.Ordinal) || text.Contains("项目", StringComparison.Ordinal) || text.Contains("目标", StringComparison.Ordinal)
        || Numbering.TryStrip(text, out _);

    /// <summary>
    /// A table with no project of its own right after a project table: the rest of it after a page break, when it
    /// starts with the indicator header (repeated) or a 年度/长期 title, or goes on with rows as wide as the header above.
    /// </summary>
    private static bool Continues(Table table, List<TableRow> before, Paragraph? heading)
    {
        if (heading is not null && !(heading.Text.Contains('续', StringComparison.Ordinal)
            || ((heading.Text.Contains("指标", StringComparison.Ordinal) || heading.Text.Contains("目标", StringComparison.Ordinal)) && !heading.Text.Contains("项目", StringComparison.Ordinal))))
        {
            return false;
        }

        var rows = table.Rows.Where(r => r.Cells.Any(c => c.Text.Length > 0)).Take(2).ToList();
        if (rows.Any(IndicatorRows.IsHeader))
        {
            return true;
        }

        var header = before.LastOrDefault(IndicatorRows.IsHeader);
        return header is not null && rows.Count > 0 && rows[0].Cells.Sum(c => c.Span) == header.Cells.Sum(c => c.Span) && heading is null;
    }

    /// <summary>Where a table stopped being understood: no 项目名称, or an indicator header without its 指标值 column.</summary>
    private static string WhyNotAProjectTable(Table table)
    {
        var why = $"第 {table.At.Line} 行起是一张表，但没有找到 项目名称 或 项目编码";
        var header = table.Rows.FirstOrDefault(IndicatorRows.LooksLikeHeaderWithoutTarget);
        return header is not null
            ? why + $"；第 {header.At.Line} 行像指标表的表头，但没有找到 指标值 列"
            : why;
    }

    /// <summary>A paragraph of Part 2 that was not followed by a table: not a project title after all.</summary>
    private static void ReportUnused(Paragraph? paragraph, DiagnosticBag diagnostics)
    {
        if (paragraph is not null)
        {
            diagnostics.Report(DiagnosticCodes.ImportSkipped, paragraph.At, $"第二部分的这一段 “{paragraph.Text}” 不是项目表的标题，没有导入");
        }
    }

    private static DisclosureDraft? Assemble(
        LegacyDocument document,
        PartOneReader partOne,
        DepartmentTableReader? departmentTable,
        List<(ProjectDraft Draft, DepartmentDraft? Unit, string? MoneyUnit)> projects,
        GivenFacts given,
        List<(SourceLocation At, string Why)> tried,
        DiagnosticBag diagnostics)
    {
        var start = document.Blocks.Count > 0 ? document.Blocks[0].At : SourceLocation.File(document.Path);
        if (!partOne.HasOverallGoals && projects.Count == 0 && departmentTable is null)
        {
            // Point at the first table that was tried (never (1,1) for a document with tables) and say how far each shape got.
            var at = tried.Count > 0 ? tried[0].At : start;
            var tables = tried.Count > 0 ? string.Join("；", tried.Select(t => t.Why)) : "文档中没有表格";
            diagnostics.Report(DiagnosticCodes.ImportNotADisclosure, at,
                "没有识别出预算绩效目标公开文档。试过的文档结构：第一部分 部门整体绩效目标（没有找到 总体绩效目标 等标题或部门整体绩效目标表）；"
                + $"预算项目绩效目标表和单项目申报表（{tables}）");
            return null;
        }

        var department = DepartmentOf(projects, departmentTable, given, projects.Count > 0 ? projects[0].Draft.At : start, diagnostics);
        if (department is null)
        {
            return null;
        }

        // Part 1 is optional: a single-project form (申报表) is a disclosure of projects only.
        var year = given.Year ?? YearFromText(document, diagnostics);
        if (year is null)
        {
            diagnostics.Report(DiagnosticCodes.ImportNoYear, start, "文档没有写明预算年度（如标题中的 “2020年”）：请用 --year 指定");
            return null;
        }

        var moneyUnit = projects.Select(p => p.MoneyUnit).FirstOrDefault(u => u is not null) ?? "万元";
        var kept = new List<ProjectDraft>();
        foreach (var (draft, unit, projectMoneyUnit) in projects)
        {
            if (projectMoneyUnit is not null && projectMoneyUnit != moneyUnit)
            {
                // One money unit per document: a project in another unit would be off by 10,000.
                diagnostics.Report(DiagnosticCodes.ImportProjectIncomplete, draft.At,
                    $"项目 “{draft.Name}” 的金额单位是{projectMoneyUnit}，而文档用{moneyUnit}：这个项目没有导入，请单独导入或手工换算");
                continue;
            }

            kept.Add(unit is null || unit == department ? draft : draft with { Unit = unit });
        }

        var subGoals = partOne.SubGoals();
        var overall = partOne.HasOverallGoals ? partOne.OverallGoals()
            : departmentTable is { Goals.Count: > 0 } ? new SectionDraft(null, departmentTable.Goals)
            : null;
        var departmentIndicators = departmentTable is { Indicators.Count: > 0 } ? departmentTable.Indicators : null;
        var framework = FrameworkFor(year.Value, kept, departmentIndicators ?? []);
        if (framework != Model.Frameworks.IndicatorFramework.DefaultFor(year.Value).Name)
        {
            // 2021 documents are written in either framework: the pairs decide, and the publisher is told.
            diagnostics.Report(DiagnosticCodes.ImportFrameworkFromPairs, start,
                $"文档没有写明指标体系：它的一级/二级指标组合只符合 {framework} 年指标体系（而不是 {year.Value} 年默认的 {Model.Frameworks.IndicatorFramework.DefaultFor(year.Value).Name} 年体系），按 {framework} 年体系导入（framework: {framework}）");
        }

        return new DisclosureDraft(year.Value, framework, department, moneyUnit,
            overall, subGoals, partOne.Measures() ?? (departmentTable is { Measures.Count: > 0 } ? new SectionDraft(null, departmentTable.Measures) : null), kept, Path.GetFileName(document.Path), departmentIndicators);
    }

    /// <summary>
    /// The unit: the document's unit line, else what --department-code / --department-name supply, else (for the name
    /// only) the first project's 主管部门 as written. Whatever is still missing is an error naming the option: never made up.
    /// </summary>
    private static DepartmentDraft? DepartmentOf(
        List<(ProjectDraft Draft, DepartmentDraft? Unit, string? MoneyUnit)> projects, DepartmentTableReader? table, GivenFacts given, SourceLocation at, DiagnosticBag diagnostics)
    {
        var written = table is { Code: { } tableCode, Name: { } tableName } ? new DepartmentDraft(tableCode, tableName)
            : projects.Select(p => p.Unit).FirstOrDefault(u => u is not null);
        if (written is not null)
        {
            if ((given.DepartmentCode is { } code && code != written.Code) || (given.DepartmentName is { } name && name != written.Name))
            {
                diagnostics.Report(DiagnosticCodes.ImportGivenDepartmentIgnored, at,
                    $"文档写明了单位 “{written.Code}{written.Name}”，与 --department-code/--department-name 不同：按文档导入（这两个选项只补充文档没有写的内容）");
            }

            return written;
        }

        var supervising = projects.Select(p => p.Draft.Details.FirstOrDefault(d => d.Key == Format.ContentFormat.Project.SupervisingDepartment).Value)
            .FirstOrDefault(v => v is not null);
        var departmentName = given.DepartmentName ?? table?.Name ?? supervising;
        var departmentCode = given.DepartmentCode ?? table?.Code;
        given = given with { DepartmentCode = departmentCode };
        if (given.DepartmentCode is null || departmentName is null)
        {
            var lacking = given.DepartmentCode is null && departmentName is null ? "单位编码和名称" : given.DepartmentCode is null ? "单位编码" : "单位名称";
            var option = given.DepartmentCode is null && departmentName is null ? "--department-code 编码 --department-name 名称" : given.DepartmentCode is null ? "--department-code 编码" : "--department-name 名称";
            diagnostics.Report(DiagnosticCodes.ImportNotADisclosure, at,
                $"文档没有写明{lacking}（没有项目表上方 “224002中共…” 那样的单位行）：请用 {option} 指定，导入不会编造");
            return null;
        }

        return new DepartmentDraft(given.DepartmentCode, departmentName);
    }

    /// <summary>The framework under which the document's 一级/二级 pairs are allowed, preferring the year's.</summary>
    private static string FrameworkFor(int year, IReadOnlyList<ProjectDraft> projects, IReadOnlyList<IndicatorDraft> departmentIndicators)
    {
        var preferred = Model.Frameworks.IndicatorFramework.DefaultFor(year);
        var pairs = projects.SelectMany(p => p.Indicators).Concat(departmentIndicators).Select(i => (i.Level1, i.Level2)).Distinct().ToList();
        var fitting = Model.Frameworks.IndicatorFramework.All
            .OrderBy(f => f == preferred ? 0 : 1)
            .FirstOrDefault(f => pairs.All(pair => f.Allows(pair.Level1, pair.Level2)));
        return (fitting ?? preferred).Name;
    }

    /// <summary>
    /// The seed, like many exports, names its year only in the text (为做好2020年度网信工作): taken from the
    /// first “××××年度” and reported, so a person confirms it.
    /// </summary>
    private static int? YearFromText(LegacyDocument document, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Blocks.OfType<Paragraph>())
        {
            if (YearOf(BudgetYearInText(), paragraph.Text) is { } year)
            {
                diagnostics.Report(DiagnosticCodes.ImportYearFromText, paragraph.At,
                    $"文档没有写明预算年度，按这一段中的 “{year}年度” 取 {year}：如有误，请用 --year 指定");
                return year;
            }
        }

        return null;
    }

    private static int? YearOf(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } match ? int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^第(?<n>[一二])部分")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"(?<year>20\d\d)\s*年(度)?.{0,30}(预算|绩效)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<year>20\d\d)年度")]
    private static partial Regex BudgetYearInText();
}

/// <summary>What the command line supplies that a document may lack: the year, the unit's code and name.</summary>
public sealed record GivenFacts(int? Year, string? DepartmentCode, string? DepartmentName);
