namespace SiteGen.Model;

/// <summary>
/// A disclosure's public-information metadata (索引号, 信息分类, 发布机构, 文号, 成文日期, 批复日期, 发布日期), as
/// portals show above each item. <paramref name="Publisher"/> is the department's name unless written otherwise.
/// </summary>
public sealed record PublicInfo(
    string? IndexNumber,
    string? Category,
    string Publisher,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    DateOnly? ApprovedOn,
    DateOnly? PublishedOn);
