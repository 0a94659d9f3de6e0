using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>site.yml contact（联系方式）: what a county portal's footer lists, each part optional.</summary>
public sealed record ContactFormat : MapFormat
{
    public ContentField Phone { get; } = new("phone", "联系电话", Text, description: "联系电话，例如 0319-1234567");
    public ContentField Email { get; } = new("email", "电子邮箱", new TextType(Pattern: "^[^@\\s]+@[^@\\s]+$", Example: "czj@example.gov.cn"), description: "电子邮箱");
    public ContentField Address { get; } = new("address", "地址", Text, description: "通信地址");

    internal ContactFormat()
        : base("联系方式") => Define(Phone, Email, Address);
}
