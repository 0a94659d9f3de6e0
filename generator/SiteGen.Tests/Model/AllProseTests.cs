using System.Collections;
using System.Reflection;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model;

/// <summary>
/// <see cref="Disclosure.AllProse"/> is the one list of a disclosure's Markdown that the link check and the sanitiser
/// tests walk: a prose field added to the model but not to that list would go unchecked. Every <see cref="Prose"/>
/// reachable from a disclosure, found by reflection over the model's records, must be in it.
/// </summary>
public sealed class AllProseTests
{
    [Fact]
    public void Every_prose_value_of_the_showcase_disclosures_is_in_AllProse()
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteModelBuilder.Build(ContentLoader.Load(Path.Join(RepoPaths.Golden, "Showcase", "content"), diagnostics), diagnostics)!;

        foreach (var disclosure in site.Disclosures)
        {
            var reachable = new List<Prose>();
            Collect(disclosure, reachable, new HashSet<object>(ReferenceEqualityComparer.Instance));
            var listed = disclosure.AllProse().ToHashSet(ReferenceEqualityComparer.Instance);
            Assert.NotEmpty(reachable);
            Assert.All(reachable, p => Assert.True(listed.Contains(p), $"“{p.Markdown[..Math.Min(20, p.Markdown.Length)]}” ({p.Start}) is not in AllProse"));
            Assert.Equal(reachable.Count, listed.Count);
        }
    }

    private static void Collect(object? value, List<Prose> found, HashSet<object> seen)
    {
        switch (value)
        {
            case null or string or SourceLocation:
                return;
            case Prose prose:
                found.Add(prose);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Collect(item, found, seen);
                }

                return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("SiteGen.Model", StringComparison.Ordinal) != true || !seen.Add(value))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Collect(property.GetValue(value), found, seen);
        }
    }
}
