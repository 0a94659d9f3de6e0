using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Browser;

/// <summary>
/// <c>sitegen serve --edit</c> as staff use it, in Chromium, from a copy of the seed kept in git: edit a project
/// through the form, see the page and the check follow, save; start next year as a draft, publish it.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EditorTests(BrowserFixture browser) : IDisposable
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 15_000 };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Git(params string[] args)
    {
        var result = ProcessRunner.Run("git", ["-C", _folder.Path, "-c", "user.name=test", "-c", "user.email=test@example.invalid", .. args], TimeSpan.FromMinutes(1), "git was not found");
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut;
    }

    private ServeProcess Start()
    {
        _folder.CopyFrom(RepoPaths.Content, "content");
        Git("init", "-q");
        Git("add", "-A");
        Git("commit", "-qm", "seed");
        return ServeProcess.Start(_folder.Path, "--content", "content", "--edit");
    }

    private static async Task NoAxeViolations(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task A_project_edited_through_the_form_changes_exactly_those_lines_and_passes_the_check()
    {
        using var serve = Start();
        var project = Directory.GetFiles(_folder.Join("content"), "1-*.yml", SearchOption.AllDirectories).Single();
        var relative = Path.GetRelativePath(_folder.Join("content"), project).Replace('\\', '/');
        var original = await File.ReadAllTextAsync(project);
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(serve.Site, "/_sitegen/edit/file?path=" + Uri.EscapeDataString(relative)).AbsoluteUri);

        var target = page.Locator("#f-indicators-0-target");
        await target.FillAsync("≥240篇（更新新闻篇数）");
        await Assertions.Expect(page.Locator("#f-indicators-0-target-parsed")).ToContainTextAsync("数值 240", Soon);
        await Assertions.Expect(page.Locator("#f-indicators-0-target-parsed")).ToContainTextAsync("单位 篇", Soon);
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("已保存", Soon);
        await Assertions.Expect(page.FrameLocator("#preview").Locator("body")).ToContainTextAsync("≥240篇（更新新闻篇数）", Soon);

        var level2 = page.Locator("#f-indicators-1-level2");
        await level2.FillAsync("满意度指标");
        // Beside the row's field it is about, tied to that field for screen readers, with the file's line.
        var message = page.Locator("[id^='f-indicators-1-'][id$='-err']", new() { HasText = "SG3001" });
        await Assertions.Expect(message).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(message).ToContainTextAsync("行");
        var messageId = await message.GetAttributeAsync("id");
        var field = page.Locator($"#{messageId![..^4]}");
        Assert.Contains(messageId, await field.GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        await level2.FillAsync("时效指标");
        await Assertions.Expect(page.Locator("#summary")).Not.ToContainTextAsync("SG3001", new() { Timeout = 15_000 });

        await page.Locator("#f-indicators-add").ClickAsync();
        await page.Locator("#f-indicators-6-level1").FillAsync("满意度指标");
        await page.Locator("#f-indicators-6-level2").FillAsync("服务对象满意度指标");
        await page.Locator("#f-indicators-6-name").FillAsync("群众满意度");
        await page.Locator("#f-indicators-6-target").FillAsync("≥90%");
        await NoAxeViolations(page);
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("已保存", new() { Timeout = 15_000 });

        var expected = original.Replace("    target: ≥230篇（更新新闻篇数）\n", "    target: ≥240篇（更新新闻篇数）\n", StringComparison.Ordinal)
            + "  - level1: 满意度指标\n    level2: 服务对象满意度指标\n    name: 群众满意度\n    target: ≥90%\n";
        Assert.Equal(expected, await File.ReadAllTextAsync(project));
        Assert.Equal(" M content/" + relative, Git("-c", "core.quotepath=false", "status", "--porcelain").TrimEnd());
        var diff = Git("diff", "--numstat");
        Assert.StartsWith("5\t1\t", diff, StringComparison.Ordinal);
        var check = CliRunner.Run(_folder.Path, "check", "--content", "content");
        Assert.True(check.ExitCode == 0, check.StdOut + check.StdErr);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Next_year_made_in_the_editor_stays_out_of_the_build_until_its_draft_flag_is_cleared()
    {
        using var serve = Start();
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(serve.Site, "/_sitegen/edit/").AbsoluteUri);
        await NoAxeViolations(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "新建下一年度" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-draft")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#f-year")).ToHaveValueAsync("2021");
        await NoAxeViolations(page);

        var draft = CliRunner.Run(_folder.Path, "build", "--content", "content", "--output", "out");
        Assert.True(draft.ExitCode == 0, draft.StdOut + draft.StdErr);
        Assert.Contains("SG3501", draft.StdOut + draft.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Join("out", "2021")));

        await page.Locator("#f-draft").SelectOptionAsync("");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("已保存", Soon);

        var published = CliRunner.Run(_folder.Path, "build", "--content", "content", "--output", "out");
        Assert.True(published.ExitCode == 0, published.StdOut + published.StdErr);
        Assert.DoesNotContain("SG3501", published.StdOut + published.StdErr, StringComparison.Ordinal);
        var year2021 = await File.ReadAllTextAsync(_folder.Join("out", "2021", "224002", "index.html"));
        var year2020 = await File.ReadAllTextAsync(_folder.Join("out", "2020", "224002", "index.html"));
        Assert.Contains("2020/224002/", year2021, StringComparison.Ordinal);
        Assert.Contains("2021/224002/", year2020, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
