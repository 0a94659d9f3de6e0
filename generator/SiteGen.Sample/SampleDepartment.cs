using System.Globalization;

namespace SiteGen.Sample;

/// <summary>One fictional department of the corpus; the same in every year it discloses.</summary>
internal sealed record SampleDepartment(int Index, string Code, string Name, string ShortName, NameBank.Bureau Bureau, string Region)
{
    /// <summary>The department at an index: codes 900000, 900001 … are unique, and so are names below 48,000.</summary>
    public static SampleDepartment At(int index)
    {
        var bureau = NameBank.Bureaus[index % NameBank.Bureaus.Length];
        var region = NameBank.Region(index / NameBank.Bureaus.Length);
        var code = (900_000 + index).ToString(CultureInfo.InvariantCulture);
        return new SampleDepartment(index, code, region + bureau.Name, region[2..] + bureau.ShortName, bureau, region);
    }

    /// <summary>The folder of its disclosure in a year, as staff would name it.</summary>
    public string Folder(int year) => $"{year.ToString(CultureInfo.InvariantCulture)}/{Code}-{ShortName}";
}
