namespace SiteGen.Cli;

/// <summary>Help text, version and usage errors (exit code 2).</summary>
internal static class Usage
{
    private const string Text = """
        SiteGen: publishes budget performance target disclosures (预算绩效目标公开) as a static site.

        Usage:
          sitegen new DIR --title TEXT --authority TEXT --base-url URL [--year YYYY]
              Create a new site in DIR (empty or new): content/site.yml, content/.schema/, an example
              disclosure in content/YEAR/_示例-100001-示例局/ (left out while its name starts with _),
              .gitignore and README.md. It builds as it is, with the built-in templates.
          sitegen build [--content DIR] [--templates DIR] [--output DIR] [--pdf [--chromium PATH]] [--timings] [--verbose] [--quiet]
                        [--cache DIR | --no-cache]
              Validate the content, render it through the templates and publish the site.
              The previous site stays complete until the new one is complete.
              A build cache (in .OUTPUT.cache beside the output folder, or --cache DIR) lets a build
              with nothing changed do nothing, and keeps every page no edit reaches; the site is the
              same bytes as a cold build's. --no-cache builds everything.
              --pdf also prints each disclosure as an A4 PDF beside its page, with headless Chromium
              (found at /usr/bin/chromium and the like, or named by --chromium or SITEGEN_CHROMIUM).
              --timings also prints the time of each build stage; --verbose, the folders used and why.
              A build longer than 2 s shows its progress on stderr (stage, done/total, rate, time
              left); --quiet shows none.
          sitegen check [--content DIR] [--verbose]
              Only read and validate the content; write nothing.
          sitegen review [--content DIR] [--format text|json|html] [--output FILE]
              A reviewer's quality checks (SG8xxx, warnings and infos, never errors) with what check
              finds; text to the terminal by default. Checks are switched off in site.yml's review: block.
          sitegen import FILE... [--output DIR] [--force] [--encoding NAME] [--year YYYY]
                         [--title TEXT --authority TEXT --base-url URL]
                         [--department-code CODE] [--department-name NAME] [--dry-run] [--report]
              Turn legacy disclosures (.docx, or Word's text export in UTF-8 or GBK) into content
              (default: content/). Refuses to replace an existing disclosure unless --force.
              --title/--authority/--base-url create site.yml when the content folder has none.
              --department-code/--department-name supply the unit a document does not state.
          sitegen schema [--output DIR]
              Write the JSON Schemas of the content format (default: content/.schema/), which
              VS Code's YAML extension uses to check and complete keys as you type.
          sitegen templates [--output DIR] [--force]
              Copy the built-in templates and assets out (default: templates/) to customise them: each
              file in the site's templates/ then replaces the built-in one of the same name. A changed
              file already there is kept unless --force.
          sitegen sample --output DIR [--departments N] [--years Y] [--seed S] [--force]
              Write a fictional corpus (N departments × Y years from 2019, default 10 × 3, seed 1)
              for tests and benchmarks; the same seed always gives the same bytes.
          sitegen verify DIR [--manifest FILE]
              Check a published copy of the site against a build's manifest (default:
              output/sitegen-manifest.json): names every changed, missing or extra file; exit 1 if any.
          sitegen serve [--content DIR] [--templates DIR] [--port N] [--host ADDRESS] [--open] [--edit] [--verbose]
              Live preview: build into memory, serve on http://127.0.0.1:8080 (--port 0: any free
              port), rebuild what each saved edit changes and reload the open pages; content errors
              show over the page while the last good site is served. Never writes output/.
              --host serves to other machines too (say so explicitly); --open opens a browser.
          sitegen help | --version

        Defaults: --content content  --output output; templates: --templates DIR, else templates/
        beside the content folder if it exists, else the built-in ones.
        Exit codes: 0 ok, 1 content or template errors, 2 usage error (or no Chromium for --pdf),
        3 internal error (a bug), 4 another build is publishing to the same output folder.
        Diagnostics: path(line,col): error|warning SG1234: message — see README.md for every code.
        """;

    public static int Show()
    {
        Console.WriteLine(Text);
        return ExitCodes.Ok;
    }

    public static int Version()
    {
        var version = typeof(SiteBuilder).Assembly.GetName().Version;
        Console.WriteLine($"sitegen {version?.ToString(3)}");
        return ExitCodes.Ok;
    }

    public static int Fail(string error)
    {
        Console.Error.WriteLine($"sitegen: {error}");
        Console.Error.WriteLine("Run `sitegen help` for usage.");
        return ExitCodes.Usage;
    }
}
