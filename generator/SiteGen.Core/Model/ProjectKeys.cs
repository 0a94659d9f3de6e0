using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Model;

/// <summary>
/// The key of a project published without a 项目编码 (many single-project forms have none). It is made from the
/// project's name only, so it is the same in every build, on every machine and in every year the project keeps its
/// name: <c>xm-</c> and the first 10 hexadecimal digits of the SHA-256 of the trimmed name in UTF-8. It is never
/// shown as a 项目编码; it is what anchors, cross-year links and self-evaluations (<c>project:</c>) use.
/// </summary>
public static class ProjectKeys
{
    public const string Prefix = "xm-";

    public static string FromName(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim()));
        return Prefix + Convert.ToHexStringLower(hash)[..10];
    }
}
