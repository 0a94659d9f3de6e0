using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Import.Sources;

namespace SiteGen.Import.Recognition;

/// <summary>
/// Text around and inside a form that is not part of it: notes (注：…), 填表说明, who filled the form in, a notice's
/// sentences. It is reported where it stands (SG7111), never taken for a title, an indicator or a value.
/// </summary>
internal static partial class Notes
{
    /// <summary>注：…, 说明：…, 备注：…, 填表人：…, 联系电话：… (a note or a signature line under a table).</summary>
    public static bool IsNote(string text) => NotePattern().IsMatch(Labels.Normalise(text));

    /// <summary>A sentence, not a label or title: it ends a clause with 。；！ or runs long.</summary>
    public static bool IsProse(string text) =>
        text.AsSpan().IndexOfAny("。；！") >= 0 || text.Length > 60;

    /// <summary>Targets written into a sentence (≥95%, ★ for a core indicator): not picked out of it.</summary>
    public static bool StatesTargets(string text) => TargetInSentence().IsMatch(text);

    /// <summary>A table row whose one text is a note: its cell.</summary>
    public static TableCell? IsNoteRow(TableRow row)
    {
        var cells = row.Cells.Where(c => c.Text.Length > 0 && !c.ContinuesAbove).ToList();
        return cells.Count > 0 && cells.All(c => c.Text == cells[0].Text) && IsNote(cells[0].Text) ? cells[0] : null;
    }

    public static void Report(TableCell cell, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.ImportProseLeftOut, cell.At, $"表中的说明文字 “{Shorten(cell.Text)}” 不是绩效指标或项目信息，没有导入");

    /// <summary>A paragraph that is not part of any form: told apart when it states targets in its sentences.</summary>
    public static void Report(Paragraph paragraph, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.ImportProseLeftOut, paragraph.At, StatesTargets(paragraph.Text)
            ? $"这一段用句子写了绩效目标或指标（“{Shorten(paragraph.Text)}”）：导入只读表格，不从句子中摘取指标值，没有导入，请对照原件填写"
            : $"这一段文字（“{Shorten(paragraph.Text)}”）不是绩效目标表的内容，没有导入");

    public static string Shorten(string text) => text.Length <= 30 ? text.Replace('\n', ' ') : text[..30].Replace('\n', ' ') + "…";

    [GeneratedRegex(@"^(?:注(?:\d|:|、|\(|[一二三])|(?:说明|备注|填表说明|填报说明):|填表人|填报人|填表日期|填报日期|联系人|联系电话|审核人|制表人|单位负责人|财务负责人)")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"★|[≥≤＞＜><]=?\s*\d|\d\s*[%％]|(?:达到|不低于|不少于|不高于|控制在)\s*\d")]
    private static partial Regex TargetInSentence();
}
