using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// One project table (预算项目绩效目标表), read row by row: the unit line, label–value pairs (项目编码,
/// 项目名称, 预算数, …), the purpose, the spending plan (a row of checkpoints and a row of percents),
/// the goals, then the indicator rows. A row it cannot place is reported and left out, never guessed.
/// </summary>
internal sealed class ProjectTableReader
{
    private static readonly ProjectFormat P = ContentFormat.Project;
    private static readonly BudgetFormat B = ContentFormat.Budget;

    private static readonly Dictionary<string, ContentField> FieldOfLabel = new(StringComparer.Ordinal)
    {
        ["项目编码"] = P.Code,
        ["项目代码"] = P.Code,
        ["项目名称"] = P.Name,
        ["主管部门"] = P.SupervisingDepartment,
        ["实施单位"] = P.ImplementingUnit,
        ["项目负责人"] = P.Manager,
        ["项目负责人及电话"] = P.Manager,
        ["项目负责人及联系电话"] = P.Manager,
        ["负责人及电话"] = P.Manager,
        ["负责人"] = P.Manager,
        ["项目属性"] = P.Attribute,
        ["项目分类"] = P.Category,
        ["项目类别"] = P.Category,
        ["项目类型"] = P.Category,
        ["建设周期"] = P.Period,
        ["项目期限"] = P.Period,
        ["实施期限"] = P.Period,
        ["项目周期"] = P.Period,
        ["财政资金科目代码"] = P.SubjectCode,
        ["支出功能分类科目"] = P.SubjectCode,
        ["立项依据"] = P.ApprovalBasis,
        ["预算数"] = B.Total,
        ["年度资金总额"] = B.Total,
        ["资金总额"] = B.Total,
        ["项目资金总额"] = B.Total,
        ["年度预算资金"] = B.Total,
        ["预算金额"] = B.Total,
        ["年度预算数"] = B.Total,
        ["财政资金"] = B.Fiscal,
        ["财政拨款"] = B.Fiscal,
        ["财政拨款资金"] = B.Fiscal,
        ["其他资金"] = B.Other,
        ["资金用途"] = P.Purpose,
        ["项目内容"] = P.Purpose,
        ["项目主要内容"] = P.Purpose,
    };

    /// <summary>Labels of merged cells that only group the rows beside them.</summary>
    private static readonly HashSet<string> GroupLabels = new(StringComparer.Ordinal)
    {
        "预算规模及资金用途", "预算规模", "项目资金", "资金情况", "项目基本情况", "项目资金情况", "年度资金情况",
        "绩效目标", "项目绩效目标",
    };

    internal static readonly string[] GoalLabels = ["绩效目标", "年度绩效目标", "年度目标", "当年绩效目标", "项目年度目标", "年度总体目标"];

    /// <summary>
    /// Parts of the funds by source (其中：上级补助 / 本级财政 / 单位自有资金): the content format has 财政资金 and 其他资金
    /// only, and adding them up would be a computation the document did not make, so each is reported, not placed.
    /// </summary>
    private static readonly HashSet<string> FundSourceLabels = new(StringComparer.Ordinal)
    {
        "上级补助", "上级补助资金", "上级资金", "上级专项资金", "上级转移支付", "中央补助", "中央补助资金", "中央资金", "省级补助", "省级资金",
        "市级资金", "市级补助", "本级财政", "本级财政资金", "本级资金", "本级财政拨款", "县级财政", "县级资金", "单位自有资金", "自有资金", "单位资金",
    };

    /// <summary>A project's 保障措施: prose the content format has no project field for.</summary>
    private static readonly HashSet<string> MeasureLabels = new(StringComparer.Ordinal) { "保障措施", "项目保障措施", "实施保障措施", "工作保障措施", "主要保障措施" };
    internal static readonly string[] LongTermGoalLabels = ["长期绩效目标", "长期目标", "中长期目标", "总体目标", "项目总体目标", "实施期目标", "项目实施期目标"];

    private readonly Dictionary<ContentField, TableCell> values = new(ReferenceEqualityComparer.Instance);
    private readonly List<CheckpointDraft> plan = [];
    private readonly DiagnosticBag diagnostics;
    private IReadOnlyList<string> goals = [];
    private IReadOnlyList<string> longTermGoals = [];
    private IReadOnlyList<TableCell>? checkpointLabels;
    private IndicatorRows? indicatorRows;
    private bool afterBudgetRow;

    /// <summary>Indicator blocks read so far: a form may have a 长期 one and a 年度 one, one after another.</summary>
    private readonly List<(IReadOnlyList<IndicatorDraft> Rows, BlockKind Kind, SourceLocation At)> blocks = [];
    private BlockKind nextBlock = BlockKind.Annual;
    private BlockKind currentBlock;

    private enum BlockKind { Annual, LongTermInferred, LongTermStated }

    /// <summary>A row of labels only (总体目标 | 年度目标, 年度资金总额 | 财政拨款 | 其他资金): the next row holds their values.</summary>
    private List<(string Label, int Grid)>? labelsAbove;

    private ProjectTableReader(DiagnosticBag diagnostics) => this.diagnostics = diagnostics;

    public DepartmentDraft? Unit { get; private set; }

    public string? MoneyUnit { get; private set; }

    /// <summary>Why the table did not become a project, for the refusal's list of shapes tried.</summary>
    public string StoppedBecause { get; private set; } = "";

    private TableRow? headerWithoutTarget;

    /// <summary>The project field a label names (项目名称, 年度资金总额, 资金用途…), after its money unit is taken off.</summary>
    internal static ContentField? FieldFor(string label, out string? moneyUnit) =>
        FieldOfLabel.GetValueOrDefault(WithoutMoneyUnit(Labels.Normalise(label), out moneyUnit));

    /// <summary>A column of a project's own (its name, funds, purpose, goals), not of its indicators: in a table of many projects.</summary>
    internal static bool IsProjectColumn(string header) =>
        WithoutMoneyUnit(Labels.Normalise(header), out _) is var label
        && (FieldOfLabel.ContainsKey(label) || GoalLabels.Contains(label) || LongTermGoalLabels.Contains(label));

    /// <summary>Whether a table is a project table at all: it names a project code or name.</summary>
    public static bool IsProjectTable(Table table) =>
        table.Rows.SelectMany(r => r.Cells).Any(c => Labels.Is(c.Text, "项目编码", "项目代码", "项目名称"));

    public static (ProjectDraft? Project, ProjectTableReader Reader) Read(Table table, Paragraph? heading, DiagnosticBag diagnostics)
    {
        var reader = new ProjectTableReader(diagnostics);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            reader.Add(table.Rows[i], isLast: i == table.Rows.Count - 1);
        }

        return (reader.Draft(table, heading), reader);
    }

    private void Add(TableRow row, bool isLast)
    {
        var cells = row.Cells;
        var wasAfterBudget = afterBudgetRow;
        afterBudgetRow = false;
        var above = labelsAbove;
        labelsAbove = null;
        if (indicatorRows is not null && Boundary(row) is { } kind)
        {
            // A 年度 / 长期 goal or title row after indicator rows: the next indicator block is another table.
            FinishBlock();
            nextBlock = kind;
            if (GoalOrLabelRow(row))
            {
                Add(row, isLast);
            }

            return;
        }

        if (indicatorRows is not null && Notes.IsNoteRow(row) is { } note)
        {
            Notes.Report(note, diagnostics);
            return;
        }

        if (indicatorRows is not null && IsProjectRowBelowIndicators(row))
        {
            AddLabelledValues(row); // 保障措施 | …, 项目负责人 | … under the indicator rows: the project's row, never an indicator
            return;
        }

        if (indicatorRows is not null)
        {
            indicatorRows.Add(row, isLast);
        }
        else if (above is not null && !HasKnownLabel(row))
        {
            AddValuesBelow(above, row);
        }
        else if (IsLabelRow(row, out var labels))
        {
            labelsAbove = labels; // a header row is never a value: its values are in the row below
        }
        else if (checkpointLabels is not null)
        {
            AddPercents(row);
        }
        else if (IndicatorRows.StartAt(row, diagnostics, readsLongTermColumn: true) is { } start)
        {
            indicatorRows = start;
            currentBlock = start.StatesLongTerm ? BlockKind.LongTermStated : nextBlock;
            nextBlock = BlockKind.Annual;
        }
        else if (Boundary(row) is { } titled && !GoalOrLabelRow(row))
        {
            nextBlock = titled; // 长期绩效指标 / 年度绩效指标 over the header below
        }
        else if (IndicatorRows.LooksLikeHeaderWithoutTarget(row))
        {
            headerWithoutTarget ??= row;
            diagnostics.Report(DiagnosticCodes.ImportSkipped, row.At, "这一行像指标表的表头（有三级指标、二级指标列），但没有找到 指标值 列：下面的指标没有导入");
        }
        else if (cells.Count > 0 && Labels.Normalise(cells[0].Text).StartsWith("资金支出计划", StringComparison.Ordinal))
        {
            checkpointLabels = [.. cells.Skip(1).Where(c => c.Text.Length > 0)];
        }
        else if (LabelledProse(row, GoalLabels) is { } goalCell)
        {
            goals = NumberedParagraphs(goalCell.Text);
            nextBlock = BlockKind.Annual;
        }
        else if (LabelledProse(row, LongTermGoalLabels) is { } longTermCell)
        {
            longTermGoals = NumberedParagraphs(longTermCell.Text);
            nextBlock = BlockKind.LongTermInferred;
        }
        else if (wasAfterBudget && !values.ContainsKey(P.Purpose) && PurposeCell(row) is { } purpose)
        {
            values[P.Purpose] = purpose;
        }
        else
        {
            AddLabelledValues(row);
        }
    }

    /// <summary>Two or more known labels and nothing else (group labels such as 绩效目标 over them aside).</summary>
    private static bool IsLabelRow(TableRow row, out List<(string Label, int Grid)> labels)
    {
        labels = [];
        var grid = 0;
        var other = 0;
        foreach (var cell in row.Cells)
        {
            var label = WithoutMoneyUnit(Labels.Normalise(cell.Text), out _);
            if (FieldOfLabel.ContainsKey(label) || (GoalLabels.Contains(label) && !GroupLabels.Contains(label)) || LongTermGoalLabels.Contains(label) || FundSourceLabels.Contains(label))
            {
                labels.Add((label, grid));
            }
            else if (label.Length > 0 && !GroupLabels.Contains(label) && !cell.ContinuesAbove)
            {
                other++;
            }

            grid += cell.Span;
        }

        return labels.Count >= 2 && other == 0;
    }

    /// <summary>A label of the project's (保障措施, 项目负责人, 预算数…) and at most its value: not an indicator row, which has more cells.</summary>
    private static bool IsProjectRowBelowIndicators(TableRow row)
    {
        var texts = row.Cells.Where(c => c.Text.Length > 0 && !c.ContinuesAbove).ToList();
        return texts.Count is 1 or 2 && WithoutMoneyUnit(Labels.Normalise(texts[0].Text), out _) is var label
            && (MeasureLabels.Contains(label) || FieldOfLabel.ContainsKey(label) || FundSourceLabels.Contains(label));
    }

    private static bool HasKnownLabel(TableRow row) => row.Cells.Any(c =>
        WithoutMoneyUnit(Labels.Normalise(c.Text), out _) is var label
        && (FieldOfLabel.ContainsKey(label) || GoalLabels.Contains(label) || LongTermGoalLabels.Contains(label) || FundSourceLabels.Contains(label)
            || label.StartsWith("资金支出计划", StringComparison.Ordinal)))
        || IndicatorRows.HeaderFields(row).Count >= 2;

    /// <summary>The values under a row of labels, each the cell at its label's column.</summary>
    private void AddValuesBelow(List<(string Label, int Grid)> labels, TableRow row)
    {
        var byGrid = new Dictionary<int, TableCell>();
        var grid = 0;
        foreach (var cell in row.Cells)
        {
            byGrid[grid] = cell;
            grid += cell.Span;
        }

        foreach (var (label, at) in labels)
        {
            if (!byGrid.TryGetValue(at, out var cell))
            {
                diagnostics.Report(DiagnosticCodes.ImportStopped, row.At, $"“{label}” 下面没有对应的单元格：文档可能在这里中断，没有导入");
            }
            else if (GoalLabels.Contains(label))
            {
                goals = NumberedParagraphs(cell.Text);
            }
            else if (LongTermGoalLabels.Contains(label))
            {
                longTermGoals = NumberedParagraphs(cell.Text);
            }
            else if (FundSourceLabels.Contains(label))
            {
                ReportFundSource(label, cell);
            }
            else
            {
                values[FieldOfLabel[label]] = cell;
            }
        }
    }

    /// <summary>资金情况（万元） or 年度资金总额(万元): the label without the money unit, which is kept aside.</summary>
    private static string WithoutMoneyUnit(string label, out string? unit)
    {
        unit = null;
        foreach (var candidate in (string[])["(万元)", "(元)"])
        {
            if (label.EndsWith(candidate, StringComparison.Ordinal) && label.Length > candidate.Length)
            {
                unit = candidate[1..^1];
                return label[..^candidate.Length];
            }
        }

        return label;
    }

    /// <summary>Label–value pairs along a row; the unit line; cells that are neither are reported.</summary>
    private void AddLabelledValues(TableRow row)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var label = WithoutMoneyUnit(Labels.Normalise(cells[i].Text), out var labelUnit);
            if (labelUnit is not null)
            {
                MoneyUnit ??= labelUnit;
            }

            if (label.Length == 0 || GroupLabels.Contains(label) || cells[i].ContinuesAbove)
            {
                continue;
            }

            if (FieldOfLabel.TryGetValue(label, out var field) && i + 1 < cells.Count)
            {
                values[field] = cells[++i];
                afterBudgetRow |= B.Contains(field);
            }
            else if (FundSourceLabels.Contains(label) && i + 1 < cells.Count)
            {
                ReportFundSource(label, cells[++i]);
                afterBudgetRow = true;
            }
            else if (MeasureLabels.Contains(label))
            {
                var labelCell = cells[i];
                var text = i + 1 < cells.Count ? cells[++i].Text : "";
                diagnostics.Report(DiagnosticCodes.ImportProseLeftOut, labelCell.At,
                    $"项目的 “{labelCell.Text}” 在内容格式中没有对应字段（第一部分的工作保障措施是部门的）：“{Notes.Shorten(text)}” 没有导入");
            }
            else if (Notes.IsNote(cells[i].Text))
            {
                Notes.Report(cells[i], diagnostics);
            }
            else if (UnitCells.MoneyUnit(cells[i].Text) is { } unit)
            {
                MoneyUnit ??= unit;
            }
            else if (Unit is null && UnitCells.Unit(cells[i].Text) is { } department)
            {
                Unit = department;
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.ImportSkipped, cells[i].At, $"项目表中的单元格 “{Notes.Shorten(cells[i].Text)}” 无法识别，没有导入");
            }
        }
    }

    private void ReportFundSource(string label, TableCell amount) =>
        diagnostics.Report(DiagnosticCodes.ImportFundSourceLeftOut, amount.At,
            $"“{label}” {(amount.Text.Length > 0 ? amount.Text : "（空白）")} 是资金来源的细分，内容格式只有财政资金和其他资金：没有导入，也没有相加（budget 按原表的 财政拨款/其他资金 行填写，原表没有的留空）");

    /// <summary>
    /// A row that starts another indicator block: a goal row (年度目标 | …, 长期目标 | …) or a title row such as
    /// 中长期绩效指标. Its kind is the block's: 长期 (中长期, 实施期) or 年度.
    /// </summary>
    private static BlockKind? Boundary(TableRow row)
    {
        var texts = row.Cells.Where(c => c.Text.Length > 0 && !c.ContinuesAbove).Select(c => Labels.Normalise(c.Text)).Distinct(StringComparer.Ordinal).ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        if (texts.Count == 1 && texts[0].Length <= 20 && !Model.Frameworks.IndicatorFramework.All.Any(f => f.IsLevel1(texts[0]))
            && (texts[0].Contains("指标", StringComparison.Ordinal) || texts[0].Contains("目标", StringComparison.Ordinal)))
        {
            return IsLongTerm(texts[0]) ? BlockKind.LongTermStated
                : texts[0].Contains("年度", StringComparison.Ordinal) || texts[0].Contains("当年", StringComparison.Ordinal) ? BlockKind.Annual
                : null;
        }

        if (LabelledProse(row, LongTermGoalLabels) is not null && !texts.Any(t => GoalLabels.Contains(t) && !GroupLabels.Contains(t)))
        {
            return BlockKind.LongTermInferred;
        }

        return LabelledProse(row, GoalLabels) is not null || (IsLabelRow(row, out var labels) && labels.Any(l => GoalLabels.Contains(l.Label) || LongTermGoalLabels.Contains(l.Label)))
            ? BlockKind.Annual
            : null;
    }

    private static bool GoalOrLabelRow(TableRow row) =>
        LabelledProse(row, GoalLabels) is not null || LabelledProse(row, LongTermGoalLabels) is not null || IsLabelRow(row, out _);

    internal static bool IsLongTerm(string text) =>
        text.Contains("长期", StringComparison.Ordinal) || text.Contains("实施期", StringComparison.Ordinal);

    private void FinishBlock()
    {
        if (indicatorRows is { Indicators.Count: > 0 } rows)
        {
            blocks.Add((rows.Indicators, currentBlock, rows.At));
        }

        if (indicatorRows is { LongTermIndicators.Count: > 0 } beside)
        {
            blocks.Add((beside.LongTermIndicators, BlockKind.LongTermStated, beside.At)); // a 中长期指标值 column beside the 年度 one
        }

        indicatorRows = null;
    }

    private void AddPercents(TableRow row)
    {
        var labels = checkpointLabels!;
        checkpointLabels = null;
        var percents = row.Cells.Skip(1).Where(c => c.Text.Length > 0).ToList();
        if (percents.Count != labels.Count || row.Cells[0].Text.Length > 0)
        {
            diagnostics.Report(DiagnosticCodes.ImportSkipped, row.At,
                $"资金支出计划有 {labels.Count} 个时间节点，这一行却有 {percents.Count} 个百分比：资金支出计划没有导入");
            return;
        }

        plan.AddRange(labels.Zip(percents, (label, percent) => new CheckpointDraft(label.Text, percent.Text)));
    }

    /// <summary>The text beside a label such as 绩效目标 (the label may be in any cell before it).</summary>
    private static TableCell? LabelledProse(TableRow row, string[] labels)
    {
        var index = row.Cells.ToList().FindIndex(c => labels.Contains(Labels.Normalise(c.Text)));
        return index >= 0 && index + 1 < row.Cells.Count ? row.Cells[index + 1] : null;
    }

    /// <summary>The row under 预算数 whose label cell Word merged (blank) or says 资金用途: one text cell.</summary>
    private static TableCell? PurposeCell(TableRow row)
    {
        var texts = row.Cells.Where(c => c.Text.Length > 0).ToList();
        var labelIsMerged = row.Cells[0].Text.Length == 0 || GroupLabels.Contains(Labels.Normalise(row.Cells[0].Text));
        return labelIsMerged && texts.Count(c => !GroupLabels.Contains(Labels.Normalise(c.Text))) == 1
            ? texts.Last()
            : null;
    }

    /// <summary>1、… 2、… lines as items; an unnumbered line continues the item above; no numbering at all: one item per line.</summary>
    internal static IReadOnlyList<string> NumberedParagraphs(string cell)
    {
        var items = new List<List<string>>();
        foreach (var line in cell.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Numbering.TryStrip(line, out var rest) || items.Count == 0)
            {
                items.Add([rest]);
            }
            else
            {
                items[^1].Add(line);
            }
        }

        return [.. items.Select(MarkdownText.FromParagraphs)];
    }

    private ProjectDraft? Draft(Table table, Paragraph? heading)
    {
        var at = heading?.At ?? table.At;
        var code = Value(P.Code);
        var name = Value(P.Name);
        var total = Value(B.Total);
        FinishBlock();
        // A 长期 block known only from the goal row above it is the indicators when there is no 年度 block.
        var annualKinds = blocks.Any(b => b.Kind == BlockKind.Annual) ? [BlockKind.Annual] : new[] { BlockKind.Annual, BlockKind.LongTermInferred };
        var indicators = blocks.Where(b => annualKinds.Contains(b.Kind)).SelectMany(b => b.Rows).ToList();
        var longTerm = blocks.Where(b => !annualKinds.Contains(b.Kind)).SelectMany(b => b.Rows).ToList();
        if (longTerm.Count > 0 && indicators.Count > 0)
        {
            diagnostics.Report(DiagnosticCodes.ImportLongTermIndicators, blocks.First(b => !annualKinds.Contains(b.Kind)).At,
                $"项目有长期和年度两组绩效指标：年度的 {indicators.Count} 个导入 indicators，长期的 {longTerm.Count} 个导入 long_term_indicators");
        }
        if (name is null || total is null || indicators.Count == 0)
        {
            var missing = new[] { ("项目名称", name), ("预算数", total), (longTerm.Count > 0 ? "年度绩效指标（只有长期绩效指标）" : "绩效指标", indicators.Count == 0 ? null : "") }
                .Where(m => m.Item2 is null).Select(m => m.Item1);
            StoppedBecause = headerWithoutTarget is not null && indicators.Count == 0
                ? $"第 {headerWithoutTarget.At.Line} 行起是指标表，但没有找到 指标值 列"
                : $"缺少{string.Join("、", missing)}";
            diagnostics.Report(DiagnosticCodes.ImportProjectIncomplete, at,
                $"项目表{(name is null ? "" : $" “{name}”")} 缺少{string.Join("、", missing)}，整个项目没有导入"
                + (headerWithoutTarget is not null && indicators.Count == 0 ? $"（第 {headerWithoutTarget.At.Line} 行起是指标表，但没有找到 指标值 列）" : ""));
            return null;
        }

        if (code is null)
        {
            diagnostics.Report(DiagnosticCodes.ImportNoProjectCode, values.TryGetValue(P.Code, out var codeCell) ? codeCell.At : at,
                $"项目 “{name}” 没有项目编码：code 留空（与原表一致），页面的项目编码格空着，锚点和跨年对应用由项目名称导出的标识");
        }

        foreach (var field in (ContentField[])[B.Total, B.Fiscal, B.Other])
        {
            if (values.TryGetValue(field, out var amount))
            {
                SpacedNumbers.Report(amount.Text, field.Title, amount.At, diagnostics);
            }
        }

        var details = DetailFields
            .Where(values.ContainsKey)
            .Select(field => new KeyValuePair<ContentField, string>(field, field.Type is TextType { Markdown: true } ? MarkdownText.Escape(Value(field)!) : Value(field)!))
            .Where(pair => pair.Value.Length > 0)
            .ToList();
        var purpose = values.TryGetValue(P.Purpose, out var purposeCell)
            ? MarkdownText.FromParagraphs(purposeCell.Text.Split('\n'))
            : "";
        return new ProjectDraft(code, name, null, details, new BudgetDraft(total, Value(B.Fiscal), Value(B.Other)),
            purpose, plan, longTermGoals, goals, indicators, heading?.Text, at, longTerm);
    }

    /// <summary>The optional fields of other provinces' forms, in the order the content format lists them.</summary>
    public static readonly ContentField[] DetailFields =
        [P.SupervisingDepartment, P.ImplementingUnit, P.Manager, P.Attribute, P.Category, P.Period, P.ApprovalBasis, P.SubjectCode];

    /// <summary>The text of a labelled cell; a blank cell (e.g. 其他资金 left empty) is null.</summary>
    private string? Value(ContentField field) =>
        values.TryGetValue(field, out var cell) && cell.Text.Length > 0 ? cell.Text.Replace('\n', ' ') : null;
}
