using SiteGen.Pdf;
using SiteGen.Output.Pdf;

namespace SiteGen.Tests.Pdf;

/// <summary>Where the PDF printer's Chromium comes from: the option, then the environment, then the usual paths.</summary>
public sealed class ChromiumLocatorTests
{
    private static readonly HashSet<string> Present = ["/opt/chrome", "/env/chrome", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    [Fact]
    public void The_option_comes_first_then_the_environment_variable_then_the_usual_paths_in_order()
    {
        Assert.Equal("/opt/chrome", ChromiumLocator.Locate("/opt/chrome", "/env/chrome", Present.Contains).Path);
        Assert.Equal("/env/chrome", ChromiumLocator.Locate(null, "/env/chrome", Present.Contains).Path);
        Assert.Equal("/usr/bin/chromium-browser", ChromiumLocator.Locate(null, "", Present.Contains).Path);
    }

    [Fact]
    public void A_path_the_user_named_is_refused_when_missing_never_replaced_by_another()
    {
        var (path, problem) = ChromiumLocator.Locate(null, "/nonexistent", Present.Contains);

        Assert.Null(path);
        Assert.Contains("SITEGEN_CHROMIUM", problem, StringComparison.Ordinal);
        Assert.Contains("/nonexistent", problem, StringComparison.Ordinal);
        Assert.Contains("--chromium", ChromiumLocator.Locate("/no/chrome", null, Present.Contains).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_browser_anywhere_the_message_says_where_it_looked_and_what_to_install()
    {
        var (path, problem) = ChromiumLocator.Locate(null, null, _ => false);

        Assert.Null(path);
        Assert.Contains("/usr/bin/chromium", problem, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", problem, StringComparison.Ordinal);
    }
}
