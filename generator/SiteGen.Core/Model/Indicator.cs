using SiteGen.Diagnostics;
using SiteGen.Model.Targets;

namespace SiteGen.Model;

/// <summary>One indicator row: levels as the department wrote them, the target parsed and as written.</summary>
/// <param name="Name">三级指标.</param>
/// <param name="Basis">指标值确定依据, usually a regulation's title in 《》.</param>
/// <param name="Weight">分值/权重, where the form has one.</param>
/// <param name="IsCore">是否核心指标.</param>
/// <param name="PreviousTarget">上年指标值, as written.</param>
/// <param name="Id">An optional key a self-evaluation may use instead of the name (it survives renaming the row).</param>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Name,
    string? Description,
    TargetValue Target,
    string? Basis,
    Amount? Weight,
    bool IsCore,
    string? PreviousTarget,
    IndicatorLocations At,
    string? Id = null);

/// <summary>Where an indicator's fields stand in the YAML, so each rule points at the cell to fix.</summary>
/// <remarks>Name, Description and Basis (appended for the review's checks) are null where the row has no such field.</remarks>
public sealed record IndicatorLocations(SourceLocation Row, SourceLocation Level1, SourceLocation Level2, SourceLocation Target,
    SourceLocation? Name = null, SourceLocation? Description = null, SourceLocation? Basis = null, SourceLocation? PreviousTarget = null);
