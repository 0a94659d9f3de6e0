using System.Globalization;
using SiteGen.Cli.NewSite;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen new DIR --title … --authority … --base-url … [--year YYYY]</c>: a fresh site whose root is DIR, like this
/// repository's root (content/, output/ once built, templates/ only if copied out), that `sitegen build` builds as it
/// is. Refuses a folder that is not empty, so nothing is ever overwritten; checks what it wrote and takes it back if
/// the settings do not pass (a base URL that is no http(s) address, say).
/// </summary>
internal static class NewCommand
{
    private static readonly string[] Required = ["--title", "--authority", "--base-url"];

    public static int Run(CommandLine command)
    {
        if (command.Files.Count != 1)
        {
            return Usage.Fail("sitegen new 需要一个目录：sitegen new 目录 --title 网站标题 --authority 发布机关 --base-url 网址");
        }

        var missing = Required.Where(o => command.Value(o) is null).ToList();
        if (missing.Count > 0)
        {
            return Usage.Fail($"sitegen new 还需要 {string.Join("、", missing)}：例如 sitegen new 网站 --title 某县预算绩效目标公开 --authority 某县财政局 --base-url https://www.example.gov.cn/jxmb/");
        }

        var year = DateTime.Now.Year;
        if (command.Value("--year") is { } yearText && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 2100))
        {
            return Usage.Fail($"--year 需要一个年度，例如 2026，而不是 “{yearText}”");
        }

        var root = command.Files[0];
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() || File.Exists(root))
        {
            Console.Error.WriteLine($"{root}: error SG6102: 目录不是空的（或是一个文件）：sitegen new 只在空目录或新目录中创建网站，不会覆盖任何文件；请换一个目录名");
            return ExitCodes.Usage;
        }

        var settings = new NewSiteSettings(command.Value("--title")!, command.Value("--authority")!, command.Value("--base-url")!, year);
        var existed = Directory.Exists(root);
        try
        {
            foreach (var (path, text) in NewSiteFiles.For(settings))
            {
                var target = Path.Join(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{root}: error SG6001: 无法写入：{ex.Message}");
            TakeBack(root, existed);
            return ExitCodes.ContentErrors;
        }

        var check = SiteBuilder.Check(new BuildOptions(Path.Join(root, SiteLayout.ContentFolder)));
        if (!check.Succeeded)
        {
            Report.Diagnostics(check);
            Console.WriteLine($"sitegen new: nothing created: the settings above do not pass (see the errors); {root} left as it was");
            TakeBack(root, existed);
            return ExitCodes.ContentErrors;
        }

        Console.WriteLine($"sitegen new: site created in {root}, with an example disclosure in content/{year}/{ExampleContent.Folder} (not published while its name starts with _)");
        Console.WriteLine($"next: cd {root}, then sitegen check, sitegen serve, sitegen build (README.md says more)");
        return ExitCodes.Ok;
    }

    /// <summary>Removes what was written: the folder was empty or new, so all of it is ours.</summary>
    private static void TakeBack(string root, bool existed)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        if (!existed)
        {
            Directory.Delete(root, recursive: true);
            return;
        }

        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }
}
