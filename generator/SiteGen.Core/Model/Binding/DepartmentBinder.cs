using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>Binds a department (部门) or unit (单位): code, name, optional short name.</summary>
internal static class DepartmentBinder
{
    public static Department? Bind(YamlNode? node, DepartmentFormat format, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(node, format, diagnostics) is not { } map)
        {
            return null;
        }

        var codeNode = map.Required(format.Code);
        var code = Scalars.Text(codeNode, format.Code.Title, diagnostics);
        var name = map.RequiredText(format.Name);
        var shortName = map.OptionalText(format.ShortName);
        map.Finish();

        if (code is not null && !Codes.IsUrlSafe(code))
        {
            diagnostics.Report(DiagnosticCodes.NotAllowedValue, codeNode!.Location,
                $"{format.Code.Title} “{code}” 只能包含字母、数字、“-”、“_” 和 “.”（它会成为网址的一部分）");
            return null;
        }

        return code is null || name is null ? null : new Department(code, name, shortName);
    }
}
