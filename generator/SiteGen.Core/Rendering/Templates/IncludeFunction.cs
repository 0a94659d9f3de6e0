using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// Replaces Scriban's <c>include</c>: renders a partial that was parsed once for the whole build, and
/// returns it as <see cref="Html"/> so the escaping context does not escape it a second time.
/// The partial sees the caller's variables (such as the loop variable), like Scriban's own include.
/// </summary>
internal sealed class IncludeFunction(TemplateSet templates) : IScriptCustomFunction
{
    /// <summary>Buffers free on this thread, one per level of nested includes in use at most.</summary>
    [ThreadStatic]
    private static Stack<StringBuilder>? _buffers;

    private static Stack<StringBuilder> Buffers => _buffers ??= new();

    private static readonly Html Nothing = new("");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        if (name is null || !templates.TryGet(name, out var template))
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"没有名为 “{name}” 的模板（templates/{name}.html）");
        }

        ArgumentNullException.ThrowIfNull(callerContext);
        if (callerContext.Parent is ScriptExpressionStatement)
        {
            // `{{ include "x" }}` as a statement (every use in the built-in templates): the partial writes straight
            // into the page, and the call's value is nothing. A partial rendered into a string and copied into its
            // caller's was a quarter of page rendering (nested includes copied each level again).
            context.EnterRecursive(callerContext);
            template.Page!.Evaluate(context);
            context.ExitRecursive(callerContext);
            return Nothing;
        }

        // Used as a value (`{{ x = include "x" }}`): the partial renders into a buffer its thread used before: a fresh one per include grew chunk by chunk,
        // and those chunks were most of the large arrays a build allocated.
        var buffer = Buffers.Count > 0 ? Buffers.Pop() : new StringBuilder(16 * 1024);
        string rendered;
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            context.EnterRecursive(callerContext);
            template.Page!.Evaluate(context);
            context.ExitRecursive(callerContext);
        }
        finally
        {
            context.PopOutput();
            rendered = buffer.ToString();
            buffer.Clear();
            Buffers.Push(buffer);
        }

        return new Html(rendered);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
