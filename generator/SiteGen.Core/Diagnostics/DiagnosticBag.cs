using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run so that all of them are reported together.
/// Thread-safe, because disclosures are loaded and pages rendered in parallel; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    // Counted as reported: enumerating a ConcurrentBag copies it, and the build asks after every stage,
    // so counting by enumeration would grow with the square of the number of diagnostics.
    private int _errors;
    private int _warnings;

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public int ErrorCount => Volatile.Read(ref _errors);

    public int WarningCount => Volatile.Read(ref _warnings);

    public void Report(DiagnosticCode code, SourceLocation at, string message) =>
        Add(new Diagnostic(at, code.Severity, code.Id, message));

    /// <summary>Moves in what a local bag collected (a file read on its own, so its checks see only its own problems).</summary>
    public void AddAll(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items)
        {
            Add(diagnostic);
        }
    }

    /// <summary>By file, then position, then code: the same input always prints the same lines.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    /// <summary>Takes over a diagnostic another run reported (import reports what its check found).</summary>
    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
        else if (diagnostic.Severity == Severity.Warning)
        {
            Interlocked.Increment(ref _warnings);
        }
    }
}
