using System.ComponentModel;
using SiteGen.Model;

namespace SiteGen.Rendering.Data.Records;

/// <summary>A department or budget unit.</summary>
internal sealed record DepartmentRecord
{
    [Description("编码")]
    public required string Code { get; init; }

    [Description("名称")]
    public required string Name { get; init; }

    [Description("简称")]
    public required string? ShortName { get; init; }

    public static DepartmentRecord From(Department department) => new()
    {
        Code = department.Code,
        Name = department.Name,
        ShortName = department.ShortName,
    };
}
