using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="Html"/> that
/// SiteGen made itself. Scriban escapes nothing by default; here forgetting to escape is impossible.
/// Limits are set for sites of thousands of rows, and hitting one is an error, never a silent "...".
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private const int OutputLimitChars = 64 * 1024 * 1024;

    public HtmlTemplateContext(TemplateSet templates)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedFunctionAccess = false;
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        LimitToString = OutputLimitChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = OutputLimitChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        NewLine = "\n";
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);

        var functions = new ScriptObject();
        functions["include"] = new IncludeFunction(templates);
        PushGlobal(functions);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, textAsObject is Html html ? html.Value : Html.Escape(ObjectToString(textAsObject) ?? ""));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, textAsObject is Html html ? html.Value : Html.Escape(ObjectToString(textAsObject) ?? ""));
}
