using System.Text;
using SiteGen.Content;
using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>
/// A fictional corpus for tests and benchmarks: <c>departments × years</c> disclosures that pass
/// <c>sitegen check</c>, the same bytes for the same seed. Years run from <see cref="SampleOptions.FirstYear"/>.
/// </summary>
public static class SampleCorpus
{
    public const string SiteFile = "site.yml";

    /// <summary>Marks a folder as sample output, so that writing a new sample may replace it (and nothing else).</summary>
    public const string MarkerFile = ".sitegen-sample";

    private const string MarkerText = "This folder was written by `sitegen sample`; the next `sitegen sample` into it replaces it as a whole.\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file of the corpus, in a fixed order (site.yml and its images, then by department, then by year).</summary>
    public static IEnumerable<SampleFile> Generate(SampleOptions options)
    {
        foreach (var file in SiteFileGenerator.Generate(options))
        {
            yield return file;
        }

        for (var d = 0; d < options.Departments; d++)
        {
            var department = SampleDepartment.At(d);
            for (var y = 0; y < options.Years; y++)
            {
                foreach (var file in DisclosureGenerator.Generate(department, SampleOptions.FirstYear + y, options.Seed, evaluated: options.Evaluated(y)))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Writes the corpus; refuses (with the reason) a folder that holds anything but an earlier sample, unless forced.</summary>
    public static SampleResult Write(SampleOptions options)
    {
        var output = options.OutputDir;
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (File.Exists(Path.Join(output, MarkerFile)))
            {
                // Only a folder this command wrote (it has the marker) is ever removed.
                Directory.Delete(output, recursive: true);
            }
            else if (!options.Force)
            {
                return SampleResult.Refused($"输出目录 {output} 不是空目录，也不是 sitegen sample 生成的目录：为免覆盖别的文件，拒绝写入（换一个目录，或加 --force 写入其中；--force 不删除任何文件）");
            }
        }

        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Join(output, MarkerFile), MarkerText, Utf8);
        var files = 0;
        foreach (var file in SiteFileGenerator.Generate(options))
        {
            Write(output, file);
            files++;
        }

        // The schemas every file's first line points at, so a sample opens in VS Code with completion too.
        foreach (var (name, text) in ContentSchemaWriter.All())
        {
            Write(output, new SampleFile($"{ContentLoader.SchemaFolderName}/{name}", text));
        }

        var projects = 0;
        // Each disclosure has its own random stream, so writing them in parallel changes no byte.
        Parallel.For(0, options.Disclosures, i =>
        {
            var department = SampleDepartment.At(i / options.Years);
            var year = SampleOptions.FirstYear + i % options.Years;
            var written = 0;
            var projectFiles = 0;
            foreach (var file in DisclosureGenerator.Generate(department, year, options.Seed, evaluated: options.Evaluated(i % options.Years)))
            {
                Write(output, file);
                written++;
                projectFiles += file.Path.Contains($"/{DisclosureGenerator.ProjectFolder}/", StringComparison.Ordinal) ? 1 : 0;
            }

            Interlocked.Add(ref files, written);
            Interlocked.Add(ref projects, projectFiles);
        });

        return new SampleResult(true, null, options.Disclosures, projects, files);
    }

    private static void Write(string output, SampleFile file)
    {
        var path = Path.Join(output, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text, Utf8);
    }
}

/// <summary>What <see cref="SampleCorpus.Write"/> did, or why it refused.</summary>
public sealed record SampleResult(bool Succeeded, string? Error, int Disclosures, int Projects, int Files)
{
    public static SampleResult Refused(string error) => new(false, error, 0, 0, 0);
}
