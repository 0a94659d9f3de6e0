using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>A department or unit: code, name, short name. <paramref name="Label"/> is 部门 or 单位, as the form says.</summary>
public sealed record DepartmentFormat : MapFormat
{
    public ContentField Code { get; }
    public ContentField Name { get; }
    public ContentField ShortName { get; }

    internal DepartmentFormat(string label)
        : base(label)
    {
        Code = new("code", $"{label}编码", ContentTypes.Code, required: true, $"{label}编码。纯数字请加引号；只能用字母、数字、- _ .（它会成为网址）");
        Name = new("name", $"{label}名称", Text, required: true, $"{label}全称");
        ShortName = new("short_name", $"{label}简称", Text, description: "简称（年度列表中显示在全称后）");
        Define(Code, Name, ShortName);
    }
}
