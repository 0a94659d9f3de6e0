using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Import.Sources;
using SiteGen.Model.Frameworks;

namespace SiteGen.Import.Recognition;

/// <summary>
/// A 公示 notice with no table: the project's facts as 标签：值 lines (项目名称：…, 年度资金总额：50.00万元, 资金用途：…,
/// 年度绩效目标：…), then the indicators in sentences under their 一级 (（一）产出指标), one 二级 a line
/// (数量指标：维修工程数量≥20处★；…), ★ marking a core indicator. A sentence is split into the indicator's name and its
/// target only where the target visibly starts (≥ ≤ = &gt; &lt; or 不低于, 不少于, 不高于, 不超过, 达到, 控制在): name and target
/// are both the sentence's own text. A sentence without such a start is reported at its line, never guessed.
/// </summary>
internal static partial class NoticeReader
{
    private static readonly ProjectFormat P = ContentFormat.Project;
    private static readonly BudgetFormat B = ContentFormat.Budget;

    /// <summary>No table, and a line 项目名称：… (numbered or not).</summary>
    public static bool IsNotice(LegacyDocument document) =>
        !document.Blocks.OfType<Table>().Any()
        && document.Blocks.OfType<Paragraph>().Any(p => Lines(p).Any(line => LabelAndValue(line) is ("项目名称", _)));

    public static IReadOnlyList<(ProjectDraft Draft, string? MoneyUnit)> Read(LegacyDocument document, DiagnosticBag diagnostics)
    {
        var projects = new List<(ProjectDraft, string?)>();
        Project? current = null;
        foreach (var paragraph in document.Blocks.OfType<Paragraph>())
        {
            foreach (var line in Lines(paragraph))
            {
                if (LabelAndValue(line) is ("项目名称", var name))
                {
                    current?.Finish(projects, diagnostics);
                    current = new Project(name, paragraph.At);
                }
                else if (current is null || !current.Add(line, paragraph.At, diagnostics))
                {
                    if (current is not null && Notes.StatesTargets(line))
                    {
                        // The notice's own way of writing targets, but no 二级 to put them under (满意度指标：群众满意度达到90%).
                        diagnostics.Report(DiagnosticCodes.ImportProseLeftOut, paragraph.At,
                            $"公示中的这一行（“{Notes.Shorten(line)}”）写了指标，但不是 “二级指标：指标名称 指标值” 的写法：没有导入，请对照原件填写");
                    }
                    else if (current is not null || Notes.IsProse(line))
                    {
                        Notes.Report(paragraph with { Text = line }, diagnostics); // the notice's own sentences, a date, a signature
                    }
                }
            }
        }

        current?.Finish(projects, diagnostics);
        return projects;
    }

    private static string[] Lines(Paragraph paragraph) =>
        paragraph.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>二、年度资金总额：50.00万元 → (年度资金总额, 50.00万元), its numbering and punctuation as labels compare.</summary>
    private static (string Label, string Value)? LabelAndValue(string line)
    {
        var text = Numbering.TryStrip(line, out var rest) ? rest : line;
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 ? (Labels.Normalise(text[..colon]), text[(colon + 1)..].Trim()) : null;
    }

    private static bool IsLevel1(string label) =>
        label.Length <= 20 && (label.EndsWith("指标", StringComparison.Ordinal) || label.Contains('(', StringComparison.Ordinal))
        && IndicatorFramework.All.Any(f => f.IsLevel1(label));

    private static IReadOnlyList<string> ParentsOf(string level2) =>
        [.. IndicatorFramework.All.SelectMany(f => f.Level1Names.Where(l1 => f.Allows(l1, level2))).Distinct(StringComparer.Ordinal)];

    private sealed class Project(string name, SourceLocation at)
    {
        private readonly Dictionary<ContentField, string> values = new(ReferenceEqualityComparer.Instance) { [P.Name] = name };
        private readonly List<IndicatorDraft> indicators = [];
        private IReadOnlyList<string> goals = [];
        private IReadOnlyList<string> longTermGoals = [];
        private string? moneyUnit;
        private string? level1;

        /// <summary>Places one line of the notice; false when it is none of the project's.</summary>
        public bool Add(string line, SourceLocation lineAt, DiagnosticBag diagnostics)
        {
            var stripped = Numbering.TryStrip(line, out var rest) ? rest : line;
            if (LabelAndValue(line) is { } labelled)
            {
                var (label, value) = labelled;
                if (ProjectTableReader.FieldFor(label, out var unitOfLabel) is { } field)
                {
                    moneyUnit ??= unitOfLabel;
                    values[field] = B.Contains(field) ? Amount(value) : value;
                    return true;
                }

                if (ProjectTableReader.GoalLabels.Contains(label) || ProjectTableReader.LongTermGoalLabels.Contains(label))
                {
                    if (ProjectTableReader.GoalLabels.Contains(label))
                    {
                        goals = ProjectTableReader.NumberedParagraphs(value);
                    }
                    else
                    {
                        longTermGoals = ProjectTableReader.NumberedParagraphs(value);
                    }

                    return true;
                }

                if (IsLevel1(label))
                {
                    level1 = label;
                    return value.Length == 0 || Add(value, lineAt, diagnostics); // 产出指标：数量指标：…
                }

                if (ParentsOf(label).Count > 0)
                {
                    AddSentence(label, value, lineAt, diagnostics);
                    return true;
                }
            }

            if (IsLevel1(Labels.Normalise(stripped)))
            {
                level1 = stripped; // （一）产出指标
                return true;
            }

            return Labels.Normalise(stripped).StartsWith("绩效指标", StringComparison.Ordinal); // 六、绩效指标（★为核心指标）: the list's heading
        }

        /// <summary>50.00万元 → 50.00 and the money unit; anything else as written, for the check to judge.</summary>
        private string Amount(string value)
        {
            if (AmountPattern().Match(value) is { Success: true } match)
            {
                moneyUnit ??= match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
                return match.Groups["number"].Value;
            }

            return value;
        }

        /// <summary>One 二级's sentence: its clauses, each an indicator name followed by its target.</summary>
        private void AddSentence(string level2, string sentence, SourceLocation lineAt, DiagnosticBag diagnostics)
        {
            var parents = ParentsOf(level2);
            if (level1 is null && parents.Count == 1)
            {
                diagnostics.Report(DiagnosticCodes.ImportLevel1FromLevel2, lineAt,
                    $"公示没有写明一级指标：“{level2}” 属于 “{parents[0]}”，按此填写，请核对");
            }

            var level1Here = level1 ?? (parents.Count == 1 ? parents[0] : "");
            foreach (var clause in sentence.Split(['；', ';', '，', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var core = clause.Contains('★', StringComparison.Ordinal);
                var text = clause.Replace("★", "", StringComparison.Ordinal).Trim();
                var start = TargetStart().Match(text);
                if (!start.Success || start.Index == 0)
                {
                    diagnostics.Report(DiagnosticCodes.ImportSkipped, lineAt,
                        $"“{clause}” 中找不到指标值从哪里开始（≥、≤、=、不低于、达到…）：这个指标没有导入，请对照原件填写");
                    continue;
                }

                var target = text[start.Index..].Trim();
                SpacedNumbers.Report(target, "指标值", lineAt, diagnostics);
                indicators.Add(new IndicatorDraft(level1Here, level2, text[..start.Index].Trim(), null, target, null, null, core ? "true" : null, null));
            }
        }

        public void Finish(List<(ProjectDraft, string?)> projects, DiagnosticBag diagnostics)
        {
            var total = values.GetValueOrDefault(B.Total);
            if (string.IsNullOrEmpty(total) || indicators.Count == 0)
            {
                var missing = string.Join("、", new[] { ("预算数（年度资金总额）", string.IsNullOrEmpty(total)), ("能读出的绩效指标", indicators.Count == 0) }.Where(m => m.Item2).Select(m => m.Item1));
                diagnostics.Report(DiagnosticCodes.ImportProjectIncomplete, at, $"公示中的项目 “{values[P.Name]}” 缺少{missing}，整个项目没有导入");
                return;
            }

            var code = values.GetValueOrDefault(P.Code) is { Length: > 0 } c ? c : null;
            if (code is null)
            {
                diagnostics.Report(DiagnosticCodes.ImportNoProjectCode, at,
                    $"项目 “{values[P.Name]}” 没有项目编码：code 留空（与原文一致），页面的项目编码格空着，锚点和跨年对应用由项目名称导出的标识");
            }

            var details = ProjectTableReader.DetailFields.Where(f => values.GetValueOrDefault(f) is { Length: > 0 })
                .Select(f => new KeyValuePair<ContentField, string>(f, f.Type is TextType { Markdown: true } ? MarkdownText.Escape(values[f]) : values[f]))
                .ToList();
            var purpose = values.TryGetValue(P.Purpose, out var text) ? MarkdownText.FromParagraphs([text]) : "";
            projects.Add((new ProjectDraft(code, values[P.Name], null, details,
                new BudgetDraft(total, NullIfEmpty(values.GetValueOrDefault(B.Fiscal)), NullIfEmpty(values.GetValueOrDefault(B.Other))),
                purpose, [], longTermGoals, goals, indicators, null, at), moneyUnit));
        }

        private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }

    [GeneratedRegex(@"^(?<number>\d[\d,]*(?:\.\d+)?)\s*(?<unit>万元|元)?[。；;]?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"[≥≤=＝＞＜><]|不低于|不少于|不高于|不超过|不大于|不小于|达到|控制在")]
    private static partial Regex TargetStart();
}
