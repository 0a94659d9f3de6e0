namespace SiteGen.Model;

/// <summary>A department or budget unit (部门/单位): its code, as in the budget system, and its name.</summary>
public sealed record Department(string Code, string Name, string? ShortName);
