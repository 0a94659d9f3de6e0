namespace SiteGen.Model.Monitoring;

/// <summary>完成目标可能性: how likely the monitoring thinks the year's target is, from sure to impossible.</summary>
public enum Likelihood
{
    /// <summary>确定能.</summary>
    Certain,

    /// <summary>有可能.</summary>
    Possible,

    /// <summary>完全不可能.</summary>
    Impossible,
}

/// <summary>The likelihoods' names as the form writes them, in the order of <see cref="Likelihood"/>.</summary>
public static class Likelihoods
{
    private static readonly IReadOnlyList<string> Names = Format.MonitoredIndicatorFormat.Likelihoods;

    public static string Name(Likelihood likelihood) => Names[(int)likelihood];

    public static Likelihood? Parse(string? text)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == text)
            {
                return (Likelihood)i;
            }
        }

        return null;
    }
}
