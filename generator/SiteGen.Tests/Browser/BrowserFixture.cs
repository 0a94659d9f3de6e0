using SiteGen.Pdf;
using Microsoft.Playwright;
using SiteGen.Output.Pdf;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>The browser tests share one Chromium and the two built sites (<see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// One Playwright and one headless Chromium for all browser tests, and the sites they look at, each served
/// under the sub-path of its base URL on 127.0.0.1: the seed built by <c>sitegen build --pdf</c> (the real
/// command, so its PDF is there too) and the fictional county. Without Chromium every browser test fails with
/// a message that says what to install: none is ever skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _seed;
    private SiteServer? _county;
    private SiteServer? _evaluated;
    private SiteServer? _monitored;

    public string SeedOutput => Path.Join(_folder, "seed");

    public string CountyOutput => Path.Join(_folder, "county");

    /// <summary>The seed with the fictional evaluation of its projects (<see cref="EvaluatedSeed"/>), built with --pdf.</summary>
    public string EvaluatedOutput => Path.Join(_folder, "evaluated");

    /// <summary>What <c>sitegen build --pdf</c> said when it built the evaluated seed.</summary>
    internal CliRunner.Result EvaluatedBuild { get; private set; } = new(-1, "", "");

    /// <summary>The evaluated seed's PDF, as the build wrote it.</summary>
    public string EvaluatedPdf => Path.Join(EvaluatedOutput, "2020", "224002", "224002-2020.pdf");

    /// <summary>What <c>sitegen build --pdf</c> said when it built the seed.</summary>
    internal CliRunner.Result SeedBuild { get; private set; } = new(-1, "", "");

    /// <summary>The seed's one PDF, as the build wrote it.</summary>
    public string SeedPdf => Path.Join(SeedOutput, "2020", "224002", "224002-2020.pdf");

    public Uri Seed => _seed!.Root;

    public Uri County => _county!.Root;

    public Uri Evaluated => _evaluated!.Root;

    /// <summary>The evaluated seed with the fictional mid-year monitoring of its projects too (<see cref="MonitoredSeed"/>).</summary>
    public Uri Monitored => _monitored!.Root;

    public IBrowser Browser => _browser!;

    public async Task InitializeAsync()
    {
        var (chromium, problem) = ChromiumLocator.Locate(null, Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable));
        if (chromium is null)
        {
            throw new InvalidOperationException($"The browser tests need Chromium: {problem}. `bash .ci/test` installs it.");
        }

        SeedBuild = CliRunner.Run(RepoPaths.Root, "build", "--pdf", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--output", SeedOutput);
        Assert.True(SeedBuild.ExitCode == 0, $"sitegen build --pdf failed ({SeedBuild.ExitCode}):\n{SeedBuild.StdOut}\n{SeedBuild.StdErr}");
        var county = SiteBuilder.Build(new BuildOptions(CountySite.ContentDir, RepoPaths.Templates, CountyOutput));
        Assert.True(county.Succeeded, string.Join("\n", county.Diagnostics));

        var evaluated = EvaluatedSeed.CopyTo(Path.Join(_folder, "evaluated-content"));
        EvaluatedBuild = CliRunner.Run(_folder, "build", "--pdf", "--content", evaluated, "--templates", RepoPaths.Templates, "--output", EvaluatedOutput);
        Assert.True(EvaluatedBuild.ExitCode == 0, $"sitegen build --pdf of the evaluated seed failed ({EvaluatedBuild.ExitCode}):\n{EvaluatedBuild.StdOut}\n{EvaluatedBuild.StdErr}");

        var monitoredContent = Path.Join(_folder, "monitored-content");
        MonitoredSeed.CopyTo(monitoredContent, withEvaluation: true);
        var monitored = SiteBuilder.Build(new BuildOptions(monitoredContent, RepoPaths.Templates, Path.Join(_folder, "monitored")));
        Assert.True(monitored.Succeeded, string.Join("\n", monitored.Diagnostics));

        _seed = await SiteServer.Start(SeedOutput, "/xxgk/jxmb/");
        _monitored = await SiteServer.Start(Path.Join(_folder, "monitored"), "/xxgk/jxmb/");
        _evaluated = await SiteServer.Start(EvaluatedOutput, "/xxgk/jxmb/");
        _county = await SiteServer.Start(CountyOutput, "/shixian/jxmb/");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>A fresh page (its own context) of the given viewport; close it with <c>await using</c> on its context.</summary>
    public async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_seed is not null)
        {
            await _seed.DisposeAsync();
        }

        if (_county is not null)
        {
            await _county.DisposeAsync();
        }

        if (_evaluated is not null)
        {
            await _evaluated.DisposeAsync();
        }

        if (_monitored is not null)
        {
            await _monitored.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
