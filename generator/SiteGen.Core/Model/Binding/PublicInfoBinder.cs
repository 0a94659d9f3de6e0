using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;

namespace SiteGen.Model.Binding;

/// <summary>
/// Binds a disclosure's public-information metadata and applies the 20-day rule: budgets must be public within 20
/// days of their approval (《预算法》第十四条; 财预〔2016〕143号).
/// </summary>
internal static class PublicInfoBinder
{
    public const int DaysAllowed = 20;
    private static readonly DisclosureFormat F = ContentFormat.Disclosure;

    /// <returns>Null when the content states none of the keys, so such a disclosure renders as before.</returns>
    public static PublicInfo? Bind(MapReader map, int? year, Department? department)
    {
        var d = map.Diagnostics;
        var indexNumber = map.OptionalText(F.IndexNumber);
        var category = map.OptionalText(F.Category);
        var publisher = map.OptionalText(F.Publisher);
        var documentNumber = map.OptionalText(F.DocumentNumber);
        var writtenOn = Date(map.Optional(F.WrittenOn), F.WrittenOn, year, d);
        var approvedNode = map.Optional(F.ApprovedOn);
        var approvedOn = Date(approvedNode, F.ApprovedOn, year, d);
        var publishedNode = map.Optional(F.PublishedOn);
        var publishedOn = Date(publishedNode, F.PublishedOn, year, d);

        if (approvedOn is { } approved && publishedOn is { } published)
        {
            var days = published.DayNumber - approved.DayNumber;
            if (days < 0)
            {
                d.Report(DiagnosticCodes.PublishedBeforeApproved, publishedNode!.Location,
                    $"{F.PublishedOn.Title} {Text(published)} 早于{F.ApprovedOn.Title} {Text(approved)}：请核对两个日期");
            }
            else if (days > DaysAllowed)
            {
                d.Report(DiagnosticCodes.PublishedLate, publishedNode!.Location,
                    $"{F.PublishedOn.Title} {Text(published)} 比{F.ApprovedOn.Title} {Text(approved)} 晚 {days} 天：预算应在批复后 {DaysAllowed} 日内公开（《预算法》第十四条，财预〔2016〕143号）");
            }
        }

        if (indexNumber is null && category is null && publisher is null && documentNumber is null && writtenOn is null && approvedOn is null && publishedOn is null)
        {
            return null;
        }

        return new PublicInfo(indexNumber, category, publisher ?? department?.Name ?? "", documentNumber, writtenOn, approvedOn, publishedOn);
    }

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YYYY-MM-DD date from the year before the budget year to the year after (a typo such as 2201 is caught).</summary>
    private static DateOnly? Date(YamlNode? node, ContentField field, int? year, DiagnosticBag diagnostics)
    {
        var text = Scalars.Text(node, field.Title, diagnostics);
        if (text is null)
        {
            return null;
        }

        var first = year is { } y ? new DateOnly(Math.Max(y - 1, 1), 1, 1) : new DateOnly(1990, 1, 1);
        var last = year is { } z ? new DateOnly(Math.Min(z + 1, 9999), 12, 31) : new DateOnly(2100, 12, 31);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Report(DiagnosticCodes.BadDate, node!.Location, $"{field.Title} “{text}” 不是日期：请写成 YYYY-MM-DD，例如 {year ?? 2021:D4}-02-01");
            return null;
        }

        if (date < first || date > last)
        {
            diagnostics.Report(DiagnosticCodes.BadDate, node!.Location, $"{field.Title} {text} 不合理：应在 {Text(first)} 到 {Text(last)} 之间（预算年度的前一年到后一年）");
            return null;
        }

        return date;
    }
}
