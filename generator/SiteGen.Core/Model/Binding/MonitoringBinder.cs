using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Format;
using SiteGen.Model.Monitoring;

namespace SiteGen.Model.Binding;

/// <summary>Binds a monitoring/*.yml file; matching it to the published targets is <see cref="Rules.MonitoringRules"/>'s.</summary>
internal static class MonitoringBinder
{
    private static readonly MonitoringFormat F = ContentFormat.Monitoring;

    public static ProjectMonitoring? Bind(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (MapReader.Open(root, F, diagnostics) is not { } map)
        {
            return null;
        }

        var projectNode = map.Required(F.Project);
        var code = Scalars.Text(projectNode, F.Project.Title, diagnostics);
        var asOfNode = map.Required(F.AsOf);
        var asOf = Date(asOfNode, diagnostics);
        var fundsF = ContentFormat.MonitoringFunds;
        var funds = MapReader.Open(map.Required(F.Funds), fundsF, diagnostics);
        var initial = funds?.OptionalAmount(fundsF.InitialBudget);
        var annual = funds?.RequiredAmount(fundsF.AnnualBudget);
        var spent = funds?.RequiredAmount(fundsF.Spent);
        funds?.Finish();
        var rows = map.List(F.Indicators).Select(row => Indicator(row, diagnostics)).ToList();
        map.Finish();

        if (code is null || asOf is null || annual is null || spent is null || rows.Contains(null))
        {
            return null;
        }

        return new ProjectMonitoring(code, asOf.Value, initial, annual, spent, [.. rows.OfType<MonitoredIndicator>()], map.Location, projectNode!.Location, asOfNode!.Location);
    }

    /// <summary>A YYYY-MM-DD date; whether it lies in the budget year is the rules' to say, which know the year.</summary>
    private static DateOnly? Date(YamlNode? node, DiagnosticBag diagnostics)
    {
        var text = Scalars.Text(node, F.AsOf.Title, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Report(DiagnosticCodes.BadDate, node!.Location, $"{F.AsOf.Title} “{text}” 不是日期：请写成 YYYY-MM-DD，例如 2021-07-31");
        return null;
    }

    private static MonitoredIndicator? Indicator(YamlNode row, DiagnosticBag diagnostics)
    {
        var f = ContentFormat.MonitoredIndicator;
        if (MapReader.Open(row, f, diagnostics) is not { } map)
        {
            return null;
        }

        var key = map.RequiredText(f.Indicator);
        var actual = map.RequiredText(f.Actual);
        var forecast = map.RequiredText(f.Forecast);
        var likelihood = Choice(map.Required(f.Likelihood), f.Likelihood, MonitoredIndicatorFormat.Likelihoods, diagnostics, out var badLikelihood);
        var causes = new List<string>();
        var badCause = false;
        foreach (var item in map.List(f.Causes))
        {
            if (Choice(item, f.Causes, MonitoredIndicatorFormat.CauseNames, diagnostics, out var bad) is { } cause)
            {
                causes.Add(cause);
            }

            badCause |= bad;
        }

        var explanation = map.OptionalProse(f.Explanation);
        map.Finish();

        if (key is null || actual is null || forecast is null || likelihood is null || badLikelihood || badCause)
        {
            return null;
        }

        return new MonitoredIndicator(key, actual, forecast, Likelihoods.Parse(likelihood)!.Value, causes, explanation, map.Location);
    }

    /// <summary>The text of a choice field when it is one of <paramref name="values"/>; another value is reported (<paramref name="bad"/>).</summary>
    private static string? Choice(YamlNode? node, ContentField field, IReadOnlyList<string> values, DiagnosticBag diagnostics, out bool bad)
    {
        var text = Scalars.Text(node, field.Title, diagnostics);
        bad = text is not null && !values.Contains(text);
        if (bad)
        {
            diagnostics.Report(DiagnosticCodes.NotAllowedValue, node!.Location, $"{field.Title} “{text}” 不是可选的值：可选 {string.Join("、", values)}");
            return null;
        }

        return text;
    }
}
