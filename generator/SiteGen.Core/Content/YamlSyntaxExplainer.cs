using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Content;

/// <summary>
/// The last resort, for a syntax error that <see cref="Mistakes.YamlMistakes"/> did not recognise: where it is and, in
/// Chinese, what it usually means and what to do, with YamlDotNet's own English text after it for whoever needs it.
/// </summary>
internal static class YamlSyntaxExplainer
{
    /// <summary>What YamlDotNet's message means, by the words it uses; the first match wins.</summary>
    private static readonly (string Says, string Means)[] Meanings =
    [
        ("tab", "这一行或上一行有 Tab 字符：YAML 只能用空格缩进"),
        ("did not find expected key", "这一行不是“字段名: 值”的形式，或者它的缩进和同一层的其他字段不一样"),
        ("did not find expected '-' indicator", "同一列表的各项要以“- ”开头并上下对齐"),
        ("invalid mapping", "值的中间有“: ”（冒号加空格），或上一行的值缩进不对：含有“: ”的值要整个加英文引号"),
        ("mapping values are not allowed", "值的中间有“: ”（冒号加空格）：请给整个值加英文引号"),
        ("could not find expected ':'", "这一行缺少“: ”（英文冒号加空格），或者上一行的引号没有配对"),
        ("found unexpected end of stream", "引号或括号没有配对：文件结束了还没有找到与之配对的 \" ' ] }"),
        ("did not find expected ',' or ']'", "方括号 [ ] 没有配对，或各项之间缺少英文逗号"),
        ("did not find expected ',' or '}'", "花括号 { } 没有配对：以“{”开头的文字要加英文引号"),
        ("cannot start any token", "这一行以 YAML 的保留字符（% @ ` 等）开头：这样的值要加英文引号"),
        ("block sequence entries are not allowed", "“- ”列表项不能写在“字段名: 值”的同一行或值的下面：请检查缩进"),
    ];

    public static void Report(YamlException ex, string path, DiagnosticBag diagnostics)
    {
        var detail = (ex.InnerException?.Message ?? ex.Message).Trim();
        var meaning = Meanings.FirstOrDefault(m => detail.Contains(m.Says, StringComparison.OrdinalIgnoreCase)).Means
            ?? "请检查这一行和上一行的缩进（只能用空格）、冒号（英文冒号加空格）和引号（英文引号，成对）";
        diagnostics.Report(DiagnosticCodes.YamlSyntax, At(path, ex), $"YAML 语法错误：{meaning}（解析器原文：{detail}）");
    }

    /// <summary>Where YamlDotNet says the error is; its end when its start is only the file's beginning.</summary>
    private static SourceLocation At(string path, YamlException ex) =>
        YamlReader.At(path, ex.Start.Line <= 1 && ex.Start.Column <= 1 && ex.End.Line > 1 ? ex.End : ex.Start);
}
