using System.Diagnostics;
using System.Globalization;
using SiteGen.Sample;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen sample</c>: writes a fictional corpus of departments × years disclosures.</summary>
internal static class SampleCommand
{
    public static int Run(CommandLine command)
    {
        if (command.Value("--output") is not { } output)
        {
            return Usage.Fail("sample 命令需要 --output DIR（写入示例内容的目录）");
        }

        var departments = Number(command, "--departments", 10, 1, SampleOptions.MaxDepartments, out var error);
        var years = Number(command, "--years", 3, 1, SampleOptions.MaxYears, out var yearsError);
        var seed = Number(command, "--seed", 1, int.MinValue, int.MaxValue, out var seedError);
        if ((error ?? yearsError ?? seedError) is { } message)
        {
            return Usage.Fail(message);
        }

        var watch = Stopwatch.StartNew();
        SampleResult result;
        try
        {
            result = SampleCorpus.Write(new SampleOptions(departments, years, seed, output, command.Has("--force"), command.Has("--targets-only")));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitegen sample: 无法写入 {output}：{ex.Message}");
            return ExitCodes.ContentErrors;
        }

        if (!result.Succeeded)
        {
            return Usage.Fail(result.Error!);
        }

        var seconds = watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine($"sitegen sample: {result.Disclosures} disclosures ({departments} departments × {years} years), {result.Projects} projects, {result.Files} files written to {output} in {seconds} s");
        return ExitCodes.Ok;
    }

    private static int Number(CommandLine command, string option, int fallback, int min, int max, out string? error)
    {
        error = null;
        if (command.Value(option) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        error = $"选项 {option} 应为 {min} 到 {max} 之间的整数，而不是 “{text}”";
        return fallback;
    }
}
