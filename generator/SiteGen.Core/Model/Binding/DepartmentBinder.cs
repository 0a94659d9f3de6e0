using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model.Binding;

/// <summary>Binds a department or unit: <c>code</c>, <c>name</c>, optional <c>short_name</c>.</summary>
internal static class DepartmentBinder
{
    public static Department? Bind(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, label, diagnostics) is not { } map)
        {
            return null;
        }

        var codeNode = map.Required("code", $"{label}编码");
        var code = Scalars.Text(codeNode, $"{label}编码", diagnostics);
        var name = map.RequiredText("name", $"{label}名称");
        var shortName = map.OptionalText("short_name", $"{label}简称");
        map.Finish();

        if (code is not null && !Codes.IsUrlSafe(code))
        {
            diagnostics.Report(DiagnosticCodes.NotAllowedValue, codeNode!.Location,
                $"{label}编码 “{code}” 只能包含字母、数字、“-”、“_” 和 “.”（它会成为网址的一部分）");
            return null;
        }

        return code is null || name is null ? null : new Department(code, name, shortName);
    }
}
