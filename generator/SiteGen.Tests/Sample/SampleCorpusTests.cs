using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Sample;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Sample;

/// <summary>One sample corpus, 30 departments × 4 years (2019–2022, so both frameworks), shared by the tests that only read it.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleSiteFixture()
    {
        Content = _folder.Join("content");
        var result = SampleCorpus.Write(new SampleOptions(30, 4, 42, Content));
        Assert.True(result.Succeeded, result.Error);
        var diagnostics = new DiagnosticBag();
        Site = SiteModelBuilder.Build(ContentLoader.Load(Content, diagnostics), diagnostics)!;
        Diagnostics = diagnostics.Sorted();
    }

    public string Content { get; }

    public Site Site { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public void Dispose() => _folder.Dispose();
}

public sealed class SampleCorpusTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void The_sample_passes_check_with_no_errors_and_no_warnings_but_its_stated_and_overridden_scores()
    {
        var result = SiteBuilder.Check(new BuildOptions(sample.Content));

        Assert.True(result.Succeeded);
        // A self-evaluation that publishes a score other than the rules' (the form's own 得分, or an override with its
        // reason) is warned about on purpose (SG3303); nothing else is.
        Assert.All(result.Diagnostics, d => Assert.True(d.Code == "SG3303" && d.Location.Path.Replace('\\', '/').Contains("/evaluation/", StringComparison.Ordinal), d.ToString()));
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void The_sample_fills_every_footer_setting_and_now_and_then_each_public_information_key()
    {
        // A generated corpus exercises all of 《政府网站发展指引》's items, the images copied as a real site's would be.
        var footer = sample.Site.Settings.Footer!;
        Assert.All(new object?[] { footer.SiteCode, footer.Icp, footer.PoliceRecord, footer.Contact?.Phone, footer.Contact?.Email, footer.Contact?.Address,
            footer.ErrorReportUrl, footer.Sponsor, footer.Organizer, footer.Logo, footer.ConacBadge, footer.Favicon }, Assert.NotNull);
        Assert.Equal(3, footer.Images().Count());
        Assert.All(footer.Images(), image => Assert.StartsWith("<svg", File.ReadAllText(image.SourcePath), StringComparison.Ordinal));

        var infos = sample.Site.Disclosures.Select(d => d.Info).ToList();
        Assert.Contains(infos, i => i is null); // now and then, not always
        infos.RemoveAll(i => i is null);
        foreach (var (key, value) in new (string, Func<PublicInfo, object?>)[]
        {
            ("index_number", i => i.IndexNumber), ("category", i => i.Category), ("document_number", i => i.DocumentNumber),
            ("written_on", i => i.WrittenOn), ("approved_on", i => i.ApprovedOn), ("published_on", i => i.PublishedOn),
        })
        {
            Assert.True(infos.Any(i => value(i!) is not null), $"no sample disclosure states {key}");
        }

        Assert.Contains(infos, i => i!.Publisher == "虚构省财政厅"); // stated, not the department's default
        Assert.Contains(infos, i => i!.Category is null);
    }

    [Fact]
    public void There_is_one_disclosure_per_department_and_year()
    {
        Assert.All(sample.Diagnostics, d => Assert.Equal("SG3303", d.Code));
        Assert.Equal(120, sample.Site.Disclosures.Count);
        Assert.Equal([2019, 2020, 2021, 2022], sample.Site.Disclosures.Select(d => d.Year).Distinct().Order());
        Assert.Equal(30, sample.Site.Disclosures.Select(d => d.Department.Code).Distinct().Count());
    }

    [Fact]
    public void Every_disclosure_has_3_to_8_projects_and_every_project_6_to_20_indicators()
    {
        Assert.All(sample.Site.Disclosures, d => Assert.InRange(d.Projects.Count, 3, 8));
        Assert.All(sample.Site.Disclosures.SelectMany(d => d.Projects), p => Assert.InRange(p.Indicators.Count, 6, 20));
    }

    [Fact]
    public void Years_before_2021_use_the_2020_framework_and_later_years_the_2021_framework()
    {
        Assert.All(sample.Site.Disclosures, d => Assert.Equal(d.Year >= 2021 ? "2021" : "2020", d.Framework.Name));
        var level1s2021 = sample.Site.Disclosures.Where(d => d.Year >= 2021).SelectMany(d => d.Projects).SelectMany(p => p.Indicators).Select(i => i.Level1);
        Assert.Contains("成本指标", level1s2021);
    }

    [Fact]
    public void Every_optional_field_appears_now_and_then()
    {
        var disclosures = sample.Site.Disclosures;
        var projects = disclosures.SelectMany(d => d.Projects).ToList();
        var indicators = projects.SelectMany(p => p.Indicators).ToList();

        Assert.Contains(disclosures, d => d.SubGoals.Count > 0);
        Assert.Contains(disclosures, d => d.Measures is not null);
        Assert.Contains(disclosures, d => d.OverallGoals.Intro is not null);
        Assert.Contains(disclosures, d => d.Department.ShortName is not null);
        Assert.Contains(disclosures, d => d.MoneyUnit == "元");
        Assert.Contains(projects, p => p.Unit.Code != disclosures.First(d => d.Projects.Contains(p)).Department.Code);
        Assert.Contains(projects, p => p.SpendingPlan.Count > 0);
        Assert.Contains(projects, p => p.Budget.Other is not null);
        Assert.Contains(projects, p => p.Details.Manager is not null && p.Details.ApprovalBasis is not null && p.Details.SubjectCode is not null);
        Assert.Contains(projects, p => p.Details.LongTermGoals.Count > 0);
        Assert.Contains(projects, p => p.Details.LongTermIndicators.Count > 0);
        Assert.Contains(projects, p => p.Details.CostBreakdown.Count > 0);
        Assert.Contains(indicators, i => i.Weight is not null);
        Assert.Contains(indicators, i => i.IsCore);
        Assert.Contains(indicators, i => i.PreviousTarget is not null);
        Assert.Contains(indicators, i => i.Description is not null && i.Basis is not null);
    }

    [Fact]
    public void Prose_uses_markdown_now_and_then()
    {
        var text = string.Concat(Directory.EnumerateFiles(sample.Content, "*.yml", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains("**", text, StringComparison.Ordinal);
        Assert.Contains("](https://www.example.gov.cn/", text, StringComparison.Ordinal);
        Assert.Contains("\n      - ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_department_is_clearly_fictional()
    {
        Assert.All(sample.Site.Disclosures, d => Assert.StartsWith("虚构", d.Department.Name, StringComparison.Ordinal));
        Assert.Contains("示例", sample.Site.Settings.Title + File.ReadAllText(Path.Join(sample.Content, "site.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        using var folder = new TempFolder();
        var options = new SampleOptions(7, 3, 9, folder.Join("a"));

        SampleCorpus.Write(options);
        SampleCorpus.Write(options with { OutputDir = folder.Join("b") });

        Assert.Equal(Snapshot(folder.Join("a")), Snapshot(folder.Join("b")));
    }

    [Fact]
    public void A_different_seed_writes_different_content()
    {
        using var folder = new TempFolder();

        SampleCorpus.Write(new SampleOptions(7, 3, 9, folder.Join("a")));
        SampleCorpus.Write(new SampleOptions(7, 3, 10, folder.Join("b")));

        Assert.NotEqual(Snapshot(folder.Join("a")).Values, Snapshot(folder.Join("b")).Values);
    }

    [Fact]
    public void Writing_a_sample_into_a_folder_with_other_files_is_refused_and_deletes_nothing()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Join("notes.txt"), "mine");

        var result = SampleCorpus.Write(new SampleOptions(2, 1, 1, folder.Path));

        Assert.False(result.Succeeded);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Writing_a_sample_again_replaces_the_earlier_sample()
    {
        using var folder = new TempFolder();
        var output = folder.Join("content");
        SampleCorpus.Write(new SampleOptions(4, 3, 1, output));

        var result = SampleCorpus.Write(new SampleOptions(2, 1, 1, output));

        Assert.True(result.Succeeded);
        Assert.Equal([".schema", "2019", "images"], Directory.EnumerateDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Directory.EnumerateFiles(output, "disclosure.yml", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Every_sample_file_points_at_a_schema_the_sample_ships()
    {
        using var folder = new TempFolder();
        var output = folder.Join("content");
        SampleCorpus.Write(new SampleOptions(2, 2, 1, output));

        foreach (var file in Directory.EnumerateFiles(output, "*.yml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Join(Path.GetDirectoryName(file), first["# yaml-language-server: $schema=".Length..]));
            Assert.True(File.Exists(schema), $"{file} points at a missing {schema}");
        }
    }

    [Fact]
    public void A_small_sample_builds_into_a_site()
    {
        using var folder = new TempFolder();
        SampleCorpus.Write(new SampleOptions(3, 2, 5, folder.Join("content")));

        var result = SiteBuilder.Build(new BuildOptions(folder.Join("content"), RepoPaths.Templates, folder.Join("output")));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // home, years, disclosures, search and 404, and the 自评表 page of each evaluated disclosure (the first year's):
        // one with project evaluations or a 部门整体自评, or both
        var evaluated = Directory.EnumerateFiles(folder.Join("content"), ContentLoader.DisclosureFileName, SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Count(d => Directory.Exists(Path.Join(d, ContentLoader.EvaluationFolderName)) || File.Exists(Path.Join(d, ContentLoader.DepartmentEvaluationFileName)));
        Assert.InRange(evaluated, 0, 3);
        Assert.Equal(1 + 2 + 6 + 2 + evaluated, result.PagesWritten);
    }

    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText), StringComparer.Ordinal);
}
