namespace SiteGen.Rendering.Search;

/// <summary>What a search entry points at; the order is the ranking order (部门 before 项目 before 指标).</summary>
public enum SearchKind
{
    Department = 0,
    Project = 1,
    Indicator = 2,
}
