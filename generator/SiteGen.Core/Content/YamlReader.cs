using SiteGen.Content.Mistakes;
using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content;

/// <summary>
/// Turns YAML text into <see cref="YamlNode"/>s with positions, reporting every problem as a diagnostic.
/// The mistakes people really make are looked for first (<see cref="YamlMistakes"/>), each reported at its own
/// character in Chinese; a file with any is not parsed, so YamlDotNet's later, vaguer report of the same mistake never
/// hides it. Then it walks YamlDotNet's event stream with an explicit stack: no recursion, so hostile nesting cannot
/// overflow the stack, and no aliases, so an alias bomb cannot blow up memory. The YAML content files are usually
/// written in is read by <see cref="BlockYamlReader"/> instead, into the same events, several times faster.
/// </summary>
public static class YamlReader
{
    /// <summary>Deeper than any real disclosure (the model needs five levels); deeper input is refused.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads one YAML document; null when it is empty or too broken to use (the problems are reported).</summary>
    public static YamlNode? Read(string text, string path, DiagnosticBag diagnostics)
    {
        if (YamlMistakes.Find(text, path, diagnostics))
        {
            return null;
        }

        var lines = new SourceLines(text);
        var builder = new TreeBuilder(path, lines, diagnostics);
        if (BlockYamlReader.Events(text) is { } events)
        {
            foreach (var e in events)
            {
                if (!builder.Accept(e))
                {
                    return null;
                }
            }

            return builder.Root;
        }

        var parser = new Parser(new StringReader(text));
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                lastGood = parser.Current!.End;
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            YamlSyntaxExplainer.Report(ex, path, diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some broken flow collections (found by fuzzing, kept in
            // SiteGen.Fuzz/regressions/yaml): still a syntax error of the file, after the last part it understood.
            diagnostics.Report(DiagnosticCodes.YamlSyntax, At(path, lastGood),
                "YAML 语法错误：这里之后的括号 [ ] { } 或引号没有配对（检查缩进和冒号；以 > | * & ! % @ ` 开头或含有“: ”“ #”的值要加引号）");
            return null;
        }
        catch (ArgumentException)
        {
            // Thrown while making a tag name out of a %TAG directive and a tag (found by fuzzing): tags are refused anyway.
            diagnostics.Report(DiagnosticCodes.AliasNotAllowed, At(path, lastGood),
                "不支持 YAML 标签（!）和 %TAG 指令：请直接写出内容；以 ! 或 % 开头的文字要加引号");
            return null;
        }

        return builder.Root;
    }

    internal static SourceLocation At(string path, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
