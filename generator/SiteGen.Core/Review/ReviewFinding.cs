using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Review;

/// <summary>
/// One finding of the review: a diagnostic (the line <c>sitegen review</c> prints) and where it belongs, so the report
/// can group it by disclosure and project and link to the published indicator row.
/// </summary>
/// <param name="IndicatorIndex">The row's position (0-based) in the project's indicator table; null for a finding of the project or the disclosure.</param>
/// <param name="LongTerm">The row is in the 长期绩效指标 table.</param>
public sealed record ReviewFinding(Diagnostic Diagnostic, Disclosure? Disclosure, Project? Project, int? IndicatorIndex = null, bool LongTerm = false);
