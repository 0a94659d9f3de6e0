namespace SiteGen.Model.Targets;

/// <summary>What a target value (指标值) turned out to be once parsed.</summary>
public enum TargetKind
{
    /// <summary>[operator] number [magnitude] [unit] [(note)], e.g. <c>≥230篇（更新新闻篇数）</c>.</summary>
    Quantitative,

    /// <summary>A known grade such as <c>达标</c> or <c>效果明显</c>.</summary>
    Qualitative,

    /// <summary>An unfilled Word template (<c>≥**个</c>): an error in the document.</summary>
    Placeholder,

    /// <summary>Neither quantitative nor a known grade; validation warns so a person can look.</summary>
    Unrecognised,
}
