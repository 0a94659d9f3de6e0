using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Evaluation;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Model.Evaluation;

/// <summary>
/// A fictional self-evaluation of the seed's three projects (Golden/Evaluation, never in content/) laid beside the
/// bundled disclosure: all 18 indicators are matched and scored, and the totals equal a calculation done by hand.
/// </summary>
public sealed class SeedEvaluationTests
{
    private static readonly string Fixture = Path.Join(RepoPaths.Golden, "Evaluation", "evaluation");

    [Fact]
    public void The_totals_of_the_fictional_evaluation_are_the_hand_calculated_ones()
    {
        var (disclosure, _) = Build();

        // Each project: 3 产出 (50 → 16.67, 16.67, 16.66), 2 效益 (30 → 15, 15), 1 满意度 (10).
        // 1. 9.50 (9.50/10.00 spent) + 16.67×200/230 = 14.50 + 16.67 + 16.66×2/3 = 11.11 (<2次, actual 3次)
        //    + 15 (≥360天 published; the form shows ≥350天) + 12 (override of 15) + 10 = 88.78 → 良
        // 2. 10 + 16.67 + 16.67 + 16.66 + 15 + 14 (qualitative, 达成 band 12–15) + 10 = 99.00 → 优
        // 3. 9.00 (1.80/2.00) + 16.67 + 16.67 + 16.66 (adjusted ≥80百分比, 85) + 15×250/300 = 12.50 + 15 + 10 = 96.50 → 优
        Assert.Equal([88.78m, 99.00m, 96.50m], disclosure.EvaluatedProjects.Select(p => p.Total));
        Assert.Equal(["良", "优", "优"], disclosure.EvaluatedProjects.Select(p => p.Grade));
        Assert.Equal([9.50m, 10m, 9.00m], disclosure.EvaluatedProjects.Select(p => p.BudgetScore));
        Assert.Equal([95.00m, 100.00m, 90.00m], disclosure.EvaluatedProjects.Select(p => p.ExecutionRate!.Value));
    }

    [Fact]
    public void All_18_published_indicators_carry_their_target_actual_and_score()
    {
        var (disclosure, _) = Build();

        var rows = disclosure.EvaluatedProjects.SelectMany(p => p.Indicators).ToList();
        Assert.Equal(18, rows.Count);
        Assert.Equal(disclosure.Projects.SelectMany(p => p.Indicators), rows.Select(r => r.Published));
        Assert.All(rows, r => Assert.InRange(r.Score, 0m, r.Weight));
        Assert.Equal(90m, disclosure.EvaluatedProjects[0].Indicators.Sum(r => r.Weight));
    }

    [Fact]
    public void The_unmet_the_overridden_and_the_changed_rows_are_marked_and_warned_about()
    {
        var (disclosure, diagnostics) = Build();
        var first = disclosure.EvaluatedProjects[0].Indicators;
        var third = disclosure.EvaluatedProjects[2].Indicators;

        Assert.Equal([false, true, false, true, true, true], first.Select(r => r.Met));
        Assert.Equal((15m, 12m), (first[4].ComputedScore, first[4].Score));
        Assert.Equal("≥350天", first[3].EvaluatedTarget);
        Assert.Equal("≥80百分比", third[2].TargetUsed);
        Assert.True(third[2].Met);

        var codes = diagnostics.Select(d => d.Code).ToList();
        Assert.Single(codes, c => c == "SG3302"); // the changed target without 调整
        Assert.Single(codes, c => c == "SG3303"); // the override: 15 computed, 12 published
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain("SG3304", codes); // every unmet row gives its reason
    }

    private static (Disclosure Disclosure, IReadOnlyList<Diagnostic> Diagnostics) Build()
    {
        using var site = new TempFolder();
        site.CopyFrom(RepoPaths.Content, "content");
        var disclosureFolder = Directory.GetParent(Directory.EnumerateFiles(site.Join("content"), ContentLoader.DisclosureFileName, SearchOption.AllDirectories).Single())!.FullName;
        site.CopyFrom(Fixture, Path.GetRelativePath(site.Path, Path.Join(disclosureFolder, ContentLoader.EvaluationFolderName)));

        var diagnostics = new DiagnosticBag();
        var built = SiteModelBuilder.Build(ContentLoader.Load(site.Join("content"), diagnostics), diagnostics);

        Assert.NotNull(built);
        return (built.Disclosures.Single(), diagnostics.Sorted());
    }
}
