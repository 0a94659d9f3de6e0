using SiteGen.Content;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// The bundled seed with the fictional mid-year monitoring of its three projects (Golden/Monitoring, a test fixture,
/// never in content/) beside its targets, and optionally the fictional self-evaluation too.
/// </summary>
internal static class MonitoredSeed
{
    public static readonly string Monitorings = Path.Join(RepoPaths.Golden, "Monitoring", "monitoring");

    /// <summary>Copies the seed's content with the monitoring (and the evaluation) to <paramref name="content"/>; returns its disclosure folder.</summary>
    public static string CopyTo(string content, bool withEvaluation = false)
    {
        if (withEvaluation)
        {
            EvaluatedSeed.CopyTo(content);
        }
        else
        {
            EvaluatedSeed.Copy(RepoPaths.Content, content);
        }

        var disclosure = Directory.GetParent(Directory.EnumerateFiles(content, ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        EvaluatedSeed.Copy(Monitorings, Path.Join(disclosure, ContentLoader.MonitoringFolderName));
        return disclosure;
    }
}
