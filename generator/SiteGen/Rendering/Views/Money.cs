using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>Sums of budgets for listings. Amounts stay decimal; a sum keeps the places of its parts (10.00 + 8.00 = 18.00).</summary>
public static class Money
{
    public static decimal Total(Disclosure disclosure) => disclosure.Projects.Sum(p => p.Budget.Total.Value);

    /// <summary>A disclosure's total in 万元, so listings can add departments that write 元.</summary>
    public static decimal TotalInWanYuan(Disclosure disclosure) =>
        disclosure.MoneyUnit == "元" ? Total(disclosure) / 10000m : Total(disclosure);

    public static string Format(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
