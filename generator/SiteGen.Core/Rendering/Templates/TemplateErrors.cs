using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering.Templates;

/// <summary>Turns Scriban's 0-based spans and runtime errors into SiteGen diagnostics.</summary>
internal static class TemplateErrors
{
    public static SourceLocation At(string fallbackPath, SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    public static void Report(ScriptRuntimeException ex, string templatePath, string page, DiagnosticBag diagnostics)
    {
        var at = At(templatePath, ex.Span);
        diagnostics.Report(DiagnosticCodes.TemplateRuntime, at, $"渲染页面 {page} 时模板出错：{ex.OriginalMessage}{HintFor(at.Path)}");
    }

    /// <summary>For a built-in template, that it is one and how to change it; nothing for a file of the site.</summary>
    public static string HintFor(string path) => BuiltInTemplates.IsBuiltIn(path) ? BuiltInTemplates.Hint : "";
}
