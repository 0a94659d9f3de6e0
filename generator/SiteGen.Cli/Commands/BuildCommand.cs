using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Pdf;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: content → site, all problems reported together; with <c>--pdf</c>, a PDF per disclosure too.</summary>
internal static class BuildCommand
{
    public static int Run(CommandLine command)
    {
        var options = command.BuildOptions();
        if (command.Has("--no-cache") && command.Value("--cache") is not null)
        {
            return Usage.Fail("--cache 和 --no-cache 不能同时使用");
        }

        options = options with { CacheDir = command.Has("--no-cache") ? null : command.Value("--cache") ?? SiteLayout.CacheBeside(options.OutputDir) };
        if (command.Has("--pdf"))
        {
            // Before anything is built: without a browser, a PDF build would only fail at the end.
            if (!Directory.Exists(Path.Join(AppContext.BaseDirectory, ".playwright")))
            {
                // The packaged sitegen (single file, dotnet tool) leaves out Playwright's Node.js driver (135 MB).
                Console.Error.WriteLine("sitegen: --pdf 需要 Playwright 的驱动（程序旁的 .playwright 目录），安装版的 sitegen 不带它：打印 PDF 请在 SiteGen 仓库中运行 dotnet run --project generator/SiteGen.Cli -- build --pdf");
                Console.Error.WriteLine($"sitegen build: nothing built, {options.OutputDir} left unchanged");
                return ExitCodes.Usage;
            }

            var (chromium, problem) = ChromiumLocator.Locate(command.Value("--chromium"), Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable));
            if (chromium is null)
            {
                Console.Error.WriteLine($"sitegen: --pdf 需要 Chromium：{problem}");
                Console.Error.WriteLine($"sitegen build: nothing built, {options.OutputDir} left unchanged");
                return ExitCodes.Usage;
            }

            options = options with { Pdf = new ChromiumPdfPrinter(new PdfOptions(chromium)) };
        }
        else if (command.Value("--chromium") is not null)
        {
            return Usage.Fail("--chromium 只和 --pdf 一起使用");
        }

        return Run(options, command.Has("--timings"), quiet: command.Has("--quiet"));
    }

    /// <param name="timings">Also print each stage's time, one <c>stage NAME SECONDS s cpu SECONDS s alloc MB MB</c> line each (for .ci/bench).</param>
    /// <param name="quiet">No progress line, however long the build takes.</param>
    public static int Run(BuildOptions options, bool timings = false, bool quiet = false)
    {
        var watch = Stopwatch.StartNew();
        BuildResult result;
        if (quiet)
        {
            result = SiteBuilder.Build(options);
        }
        else
        {
            var progress = new BuildProgress();
            using (ProgressLine.Start(progress))
            {
                result = SiteBuilder.Build(options with { Progress = progress });
            }
        }

        Report.Diagnostics(result);
        var outcome = result.UpToDate
            ? $"up to date: nothing changed since the last build, {options.OutputDir} left as it was"
            : result.Succeeded
            ? $"{Report.Count(result.PagesWritten, "page")}{(options.Pdf is null ? "" : $" and {Report.Count(result.PdfsWritten, "PDF")}")} written to {options.OutputDir}{PdfsFromCache(options, result)}"
            : $"failed, {options.OutputDir} left unchanged";
        Report.Summary("build", outcome, result, watch.Elapsed);
        if (timings)
        {
            Report.Stages(result);
        }

        return result.Succeeded ? ExitCodes.Ok : result.OutputBusy ? ExitCodes.OutputBusy : ExitCodes.ContentErrors;
    }

    /// <summary>With --pdf and a build cache, how many PDFs Chromium printed and how many were the cache's (what a rebuild saved).</summary>
    private static string PdfsFromCache(BuildOptions options, BuildResult result) =>
        options.Pdf is null || options.CacheDir is null ? "" : $" ({result.PdfsPrinted} printed, {result.PdfsReused} from the build cache)";
}
