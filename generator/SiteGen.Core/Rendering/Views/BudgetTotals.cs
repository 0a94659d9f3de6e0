using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>Sums of budgets for listings. Amounts stay decimal; a sum keeps the places of its parts (10.00 + 8.00 = 18.00).</summary>
public static class BudgetTotals
{
    public static decimal Total(Disclosure disclosure) => disclosure.Projects.Sum(p => p.Budget.Total.Value);

    /// <summary>A disclosure's total in 万元, so listings can add departments that write 元.</summary>
    public static decimal TotalInWanYuan(Disclosure disclosure) =>
        disclosure.MoneyUnit == "元" ? Total(disclosure) / 10000m : Total(disclosure);

    /// <summary>A sum of amounts as written: decimal addition keeps the places (10.00 + 8.00 → "18.00").</summary>
    public static string Format(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A listing's total in 万元. Amounts converted from 元 can have up to six places (1234567.89 元 =
    /// 123.456789 万元); listings show 万元 to two places, as budget tables do, and never more.
    /// </summary>
    public static string FormatWanYuan(decimal amount) =>
        Format(amount.Scale > 2 ? Math.Round(amount, 2, MidpointRounding.AwayFromZero) : amount);
}
