using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Review;

/// <summary>What the checks of one disclosure report into; each finding says which indicator row it is about.</summary>
public sealed class ReviewSink(Disclosure disclosure)
{
    private readonly List<ReviewFinding> _findings = [];

    public Disclosure Disclosure { get; } = disclosure;

    public IReadOnlyList<ReviewFinding> Findings => _findings;

    /// <summary>A finding of one indicator row; <paramref name="source"/>, the rule's source, ends the message.</summary>
    public void Indicator(DiagnosticCode code, ReviewRow row, SourceLocation? at, string message, string? source = null) =>
        _findings.Add(new(Make(code, at ?? row.Indicator.At.Row, message, source), Disclosure, row.Project, row.Index, row.LongTerm));

    public void Project(DiagnosticCode code, Project project, SourceLocation at, string message, string? source = null) =>
        _findings.Add(new(Make(code, at, message, source), Disclosure, project));

    public void Disclosed(DiagnosticCode code, SourceLocation at, string message, string? source = null) =>
        _findings.Add(new(Make(code, at, message, source), Disclosure, null));

    private static Diagnostic Make(DiagnosticCode code, SourceLocation at, string message, string? source) =>
        new(at, code.Severity, code.Id, source is null ? message : $"{message}（依据：{source}）");
}

/// <summary>One indicator row as the checks see it: the row, its project, its table and its place in it.</summary>
public sealed record ReviewRow(Project Project, Indicator Indicator, int Index, bool LongTerm);
