using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Evaluation;

/// <summary>
/// One 自评表 taking its rows in order: the head (项目名称…), the funds block, the 年度总体目标 block, the indicator
/// table and its closing rows. Columns are the grid columns of each block's header row, so merged cells and any
/// column order read alike. A row it cannot place is reported (SG7221), never guessed.
/// </summary>
internal sealed partial class FormBuilder(SourceLocation at)
{
    private enum Section { Head, Funds, Goals, Indicators, Closing }

    private readonly List<EvaluatedRowDraft> _rows = [];
    private Section _section = Section.Head;
    private Dictionary<string[], int> _fundsColumns = [];
    private Dictionary<string[], int> _indicatorColumns = [];
    private FundsDraft? _funds;

    public FormCell? Name { get; private set; }
    public int? Year { get; set; }
    public string? MoneyUnit { get; set; }
    public string? Conclusion { get; set; }
    public IReadOnlyList<EvaluatedRowDraft> Rows => _rows;

    private FormCell? Code { get; set; }
    private string? Supervising { get; set; }
    private string? Implementing { get; set; }
    private FormCell? Total { get; set; }
    private FormCell? Grade { get; set; }

    public void Add(TableRow row, DiagnosticBag diagnostics)
    {
        var grid = SelfEvaluationReader.Grid(row);
        var filled = grid.Where(g => !g.Cell.ContinuesAbove && FormLabels.Value(g.Cell).Length > 0).ToList();
        if (filled.Count == 0)
        {
            return;
        }

        foreach (var (_, cell) in filled)
        {
            MoneyUnit ??= FormLabels.MoneyUnitIn(cell.Text);
            Year ??= cell.Text.Contains("年度", StringComparison.Ordinal) && filled.Count == 1 ? FormLabels.YearIn(cell.Text) : null;
        }

        if (SelfEvaluationReader.IsFundsHeader(row))
        {
            _fundsColumns = Columns(grid, FormLabels.Initial, FormLabels.Annual, FormLabels.Spent, FormLabels.Weight, FormLabels.Rate, FormLabels.Score);
            _section = Section.Funds;
            return;
        }

        if (SelfEvaluationReader.IsIndicatorHeader(row))
        {
            // A header repeated after a page break reads as the first one did.
            _indicatorColumns = Columns(grid, FormLabels.Level3, FormLabels.Target, FormLabels.Actual, FormLabels.Weight, FormLabels.Score, FormLabels.Deviation);
            _section = Section.Indicators;
            return;
        }

        if (Labelled(filled, FormLabels.Conclusion) is { } conclusion)
        {
            Conclusion = conclusion.Text;
            return;
        }

        if (_section is Section.Indicators or Section.Closing && Closing(grid, filled))
        {
            _section = Section.Closing;
            return;
        }

        if (SelfEvaluationReader.HasLabel(row, FormLabels.GoalsHeader))
        {
            _section = Section.Goals;
            diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At,
                "年度总体目标的 预期目标 / 实际完成情况 没有对应的内容字段，没有导入（可写入自评结论）");
            return;
        }

        switch (_section)
        {
            case Section.Head:
                Head(filled, row, diagnostics);
                break;
            case Section.Funds:
                FundsRow(grid, filled, row, diagnostics);
                break;
            case Section.Indicators:
                IndicatorRow(grid, filled, row, diagnostics);
                break;
            case Section.Goals:
                break; // reported once at its header
            default:
                diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At, $"总分之后的这一行 “{Joined(filled)}” 无法识别，没有导入");
                break;
        }
    }

    /// <summary>The form, or null (each missing part reported, SG7203) when a required part is missing.</summary>
    public SelfEvaluationDraft? Build(DiagnosticBag diagnostics)
    {
        var complete = true;
        if (Name is null && Code is null)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, at, "自评表没有 项目名称（或项目编码）行：无法对应到已公开的项目，没有导入");
            complete = false;
        }

        var what = Name?.Text ?? Code?.Text ?? "";
        if (_funds is not { Annual: not null, Spent: not null })
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, _funds?.At ?? at,
                $"自评表 “{what}” 没有找到 年度资金总额 的 全年预算数 和 全年执行数（项目资金表头：年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分）");
            complete = false;
        }

        if (_rows.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, at,
                $"自评表 “{what}” 没有指标行（指标表头：一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施）");
            complete = false;
        }

        foreach (var row in _rows.Where(r => r.Actual is null))
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationIncomplete, row.At, $"指标 “{row.Name.Text}” 没有实际完成值：请在原表中补上后再导入");
            complete = false;
        }

        var numbers = new[] { _funds?.Initial, _funds?.Annual, _funds?.Spent, _funds?.Score }.Select(c => (Cell: c, Label: "金额或得分"))
            .Concat(_rows.SelectMany(r => new[] { (Cell: r.Weight, Label: "分值"), (Cell: r.Score, Label: "得分") }));
        foreach (var (cell, label) in numbers.Where(n => n.Cell is not null && Number(n.Cell.Text) is null))
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationNotANumber, cell!.At,
                $"{label} “{cell.Text}” 不是十进制数：自评表中的金额、分值和得分按原文写入，只能是数字和小数点（例如 9.50）");
            complete = false;
        }

        if (!complete)
        {
            return null;
        }

        CheckTotal(diagnostics);
        return new SelfEvaluationDraft(Name, Code, Supervising, Implementing, Year, MoneyUnit, _funds, _rows, Total, Grade, Conclusion, at);
    }

    /// <summary>The site computes 总分 from the scores; a form whose own 总分 or 评价等级 disagrees with its scores is told.</summary>
    private void CheckTotal(DiagnosticBag diagnostics)
    {
        var scores = _rows.Select(r => r.Score).Prepend(_funds!.Score).ToList();
        if (Total is not null && scores.All(s => s is not null) && Number(Total.Text) is { } total)
        {
            var sum = scores.Sum(s => Number(s!.Text) ?? 0m);
            if (sum != total)
            {
                diagnostics.Report(DiagnosticCodes.ImportEvaluationTotalDiffers, Total.At,
                    $"总分 {Total.Text} 与表中各项得分之和 {sum.ToString(CultureInfo.InvariantCulture)} 不同：网站按各项得分计算总分");
            }
        }

        if (Grade is not null && Total is not null && Number(Total.Text) is { } stated && Model.Evaluation.PerformanceGrade.Of(stated) is var expected && Grade.Text != expected)
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationTotalDiffers, Grade.At,
                $"评价等级 “{Grade.Text}” 与总分 {Total.Text} 的等级 “{expected}” 不同（90 分及以上为优，80–90 良，60–80 中，60 以下差）：网站按计算的总分定等级");
        }
    }

    private void Head(List<(int Column, TableCell Cell)> filled, TableRow row, DiagnosticBag diagnostics)
    {
        var understood = false;
        for (var i = 0; i < filled.Count; i++)
        {
            var cell = filled[i].Cell;
            var value = i + 1 < filled.Count && !IsLabel(filled[i + 1].Cell.Text) ? filled[i + 1].Cell : null;
            if (FormLabels.Is(cell.Text, FormLabels.Name) && value is not null)
            {
                Name = new FormCell(FormLabels.Value(value), value.At);
            }
            else if (FormLabels.Is(cell.Text, FormLabels.Code) && value is not null)
            {
                Code = new FormCell(FormLabels.Value(value), value.At);
            }
            else if (FormLabels.Is(cell.Text, FormLabels.Supervising) && value is not null)
            {
                Supervising = FormLabels.Value(value);
            }
            else if (FormLabels.Is(cell.Text, FormLabels.Implementing) && value is not null)
            {
                Implementing = FormLabels.Value(value);
            }
            else
            {
                continue;
            }

            understood = true;
            i++;
        }

        if (!understood && !IsTitleLine(filled))
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At, $"自评表的这一行 “{Joined(filled)}” 没有对应的内容字段，没有导入");
        }
    }

    private void FundsRow(IReadOnlyList<(int Column, TableCell Cell)> grid, List<(int Column, TableCell Cell)> filled, TableRow row, DiagnosticBag diagnostics)
    {
        var valueColumns = _fundsColumns.Values.ToHashSet();
        var label = filled.FirstOrDefault(g => !Covers(valueColumns, g) && !FormLabels.Is(g.Cell.Text, ["项目资金"]) && FormLabels.MoneyUnitIn(g.Cell.Text) is null).Cell;
        if (_funds is null && (label is null || FormLabels.Is(label.Text, FormLabels.FundsTotal)))
        {
            _funds = new FundsDraft(At(grid, FormLabels.Initial), At(grid, FormLabels.Annual), At(grid, FormLabels.Spent), At(grid, FormLabels.Score), row.At);
            return;
        }

        if (filled.Any(g => Covers(valueColumns, g)))
        {
            diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At,
                $"项目资金的 “{label?.Text ?? Joined(filled)}” 一行没有对应的内容字段（只导入 年度资金总额），没有导入");
        }
    }

    private void IndicatorRow(IReadOnlyList<(int Column, TableCell Cell)> grid, List<(int Column, TableCell Cell)> filled, TableRow row, DiagnosticBag diagnostics)
    {
        var name = At(grid, FormLabels.Level3, _indicatorColumns);
        if (name is null)
        {
            var inValueColumns = filled.Where(g => Covers([.. _indicatorColumns.Values], g)).ToList();
            if (inValueColumns.Count > 0)
            {
                diagnostics.Report(DiagnosticCodes.ImportEvaluationLeftOut, row.At, $"这一行没有三级指标名称（“{Joined(filled)}”），没有导入");
            }

            return; // a row naming only its 一级/二级 group
        }

        _rows.Add(new EvaluatedRowDraft(name, At(grid, FormLabels.Target, _indicatorColumns)?.Text, At(grid, FormLabels.Actual, _indicatorColumns),
            At(grid, FormLabels.Weight, _indicatorColumns), At(grid, FormLabels.Score, _indicatorColumns), At(grid, FormLabels.Deviation, _indicatorColumns)?.Text, row.At));
    }

    /// <summary>总分 (its score in the 得分 column, else the row's last number) and 评价等级 (the cell after its label).</summary>
    private bool Closing(IReadOnlyList<(int Column, TableCell Cell)> grid, List<(int Column, TableCell Cell)> filled)
    {
        var found = false;
        if (Labelled(filled, FormLabels.Grade) is { } grade)
        {
            Grade = grade;
            found = true;
        }

        if (filled.FindIndex(g => FormLabels.Is(g.Cell.Text, FormLabels.Total)) is var t and >= 0)
        {
            var gradeAt = filled.FindIndex(g => FormLabels.Is(g.Cell.Text, FormLabels.Grade));
            var numbers = filled.Skip(t + 1).Take(gradeAt > t ? gradeAt - t - 1 : int.MaxValue).Where(g => Number(g.Cell.Text) is not null).ToList();
            Total = At(grid, FormLabels.Score, _indicatorColumns) is { } scored && Number(scored.Text) is not null ? scored
                : numbers.Count > 0 ? new FormCell(FormLabels.Value(numbers[^1].Cell), numbers[^1].Cell.At) : null;
            found = true;
        }

        return found;
    }

    private static FormCell? Labelled(List<(int Column, TableCell Cell)> filled, string[] label)
    {
        var i = filled.FindIndex(g => FormLabels.Is(g.Cell.Text, label));
        return i >= 0 && i + 1 < filled.Count ? new FormCell(FormLabels.Value(filled[i + 1].Cell), filled[i + 1].Cell.At) : null;
    }

    private static Dictionary<string[], int> Columns(IReadOnlyList<(int Column, TableCell Cell)> grid, params string[][] labels)
    {
        var columns = new Dictionary<string[], int>();
        foreach (var label in labels)
        {
            // The first header cell of that name: 分值 and 得分 stand once in each header row.
            if (grid.FirstOrDefault(g => !g.Cell.ContinuesAbove && FormLabels.Is(g.Cell.Text, label)) is { Cell: not null } hit)
            {
                columns[label] = hit.Column;
            }
        }

        return columns;
    }

    private FormCell? At(IReadOnlyList<(int Column, TableCell Cell)> grid, string[] label) => At(grid, label, _fundsColumns);

    private static FormCell? At(IReadOnlyList<(int Column, TableCell Cell)> grid, string[] label, Dictionary<string[], int> columns)
    {
        if (!columns.TryGetValue(label, out var column))
        {
            return null;
        }

        var hit = grid.FirstOrDefault(g => g.Column <= column && column < g.Column + Math.Max(1, g.Cell.Span));
        return hit.Cell is { ContinuesAbove: false } cell && FormLabels.Value(cell) is { Length: > 0 } text ? new FormCell(text, cell.At) : null;
    }

    private static bool Covers(IEnumerable<int> columns, (int Column, TableCell Cell) g) =>
        columns.Any(c => g.Column <= c && c < g.Column + Math.Max(1, g.Cell.Span));

    private static bool IsLabel(string text) =>
        new[] { FormLabels.Name, FormLabels.Code, FormLabels.Supervising, FormLabels.Implementing }.Any(l => FormLabels.Is(text, l));

    private static bool MoneyUnitOnly(string text) => FormLabels.MoneyUnitIn(text) is not null && text.Trim().Length <= 10;

    /// <summary>A row of one cell that is the form's title, its year (（2020年度）) or its money unit: nothing to import.</summary>
    internal static bool IsTitleLine(List<(int Column, TableCell Cell)> filled) =>
        filled.Count == 1 && (filled[0].Cell.Text.Contains("自评表", StringComparison.Ordinal) || FormLabels.YearIn(filled[0].Cell.Text) is not null || MoneyUnitOnly(filled[0].Cell.Text));

    internal static string Joined(List<(int Column, TableCell Cell)> filled) => string.Join(" | ", filled.Select(g => g.Cell.Text.Replace('\n', ' ')));

    /// <summary>A plain decimal (<c>9.50</c>), allowing the 分 a score is often written with; null otherwise.</summary>
    internal static decimal? Number(string text)
    {
        var plain = text.Trim().TrimEnd('分');
        return PlainDecimal().IsMatch(plain) && decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    internal static partial Regex PlainDecimal();
}
