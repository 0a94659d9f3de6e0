using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run so that all of them are reported together.
/// Thread-safe, because pages are rendered in parallel; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public void Report(DiagnosticCode code, SourceLocation at, string message) =>
        _items.Add(new Diagnostic(at, code.Severity, code.Id, message));

    /// <summary>Takes over a diagnostic another run reported (import reports what its check found).</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>By file, then position, then code: the same input always prints the same lines.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
