using System.Diagnostics;
using System.Globalization;
using SiteGen.Fuzz;

// SiteGen.Fuzz TARGET                      one input on stdin, for AFL++ through SharpFuzz (see .ci/fuzz)
// SiteGen.Fuzz TARGET --run FILE...        runs saved inputs once (a crash to reproduce, the regression corpus)
// SiteGen.Fuzz TARGET --mutate SEEDS [--seconds N] [--seed N] [--crashes DIR]
//                                          in-process mutation of the seeds, without AFL (the CI smoke run)
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: SiteGen.Fuzz {string.Join('|', Targets.All.Keys)} [--run FILE... | --mutate SEEDS [--seconds N] [--seed N] [--crashes DIR]]");
    return 2;
}

if (args.Length == 1)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

if (args[1] == "--run")
{
    var failed = 0;
    foreach (var file in args.Skip(2).SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a).Order(StringComparer.Ordinal) : (IEnumerable<string>)[a]))
    {
        if (Mutator.TryRun(target, File.ReadAllBytes(file)) is { } error)
        {
            Console.Error.WriteLine($"{file}: {error}");
            failed++;
        }
    }

    return failed == 0 ? 0 : 1;
}

var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
var seeds = Directory.EnumerateFiles(options["--mutate"]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
var seconds = double.Parse(options.GetValueOrDefault("--seconds", "5"), CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
var crashes = options.GetValueOrDefault("--crashes", "fuzz-crashes");
var result = Mutator.Run(args[0], target, seeds, TimeSpan.FromSeconds(seconds), seed, crashes);
Console.WriteLine($"fuzz {args[0]}: {result.Executions} executions in {result.Elapsed.TotalSeconds:F1} s, {seeds.Count} seeds, " +
    $"slowest {result.Slowest.TotalMilliseconds:F0} ms, {result.Crashes} crashes");
return result.Crashes == 0 ? 0 : 1;

/// <summary>A small mutation fuzzer (bit flips, byte edits, block copies, splices and format tokens) for runs without AFL.</summary>
internal static class Mutator
{
    /// <summary>One input slower than this is reported like a crash: every target must stay linear on small inputs.</summary>
    private static readonly TimeSpan SlowLimit = TimeSpan.FromSeconds(2);

    private static readonly byte[][] Tokens = [.. new[]
    {
        "\n", "\r\n", "\t", " ", ": ", "- ", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "!!str ", "<<: ", "---\n", "...\n", "? ",
        "|\n  ", ">-\n  ", "#", "%YAML 1.2\n", "\\x00", "\\u2028", "year: ", "code: ", "name: ", "indicators:\n  - ", "target: ",
        "[x](", "](javascript:", ")", "![", "<", ">", "**", "`", "```\n", "|:-:|", "&#106;", "&colon;", "<script>", "://",
        "≥", "≤", "大于等于", "以上", "万", "亿", "%", "％", "（", "）", "１２", "，", "。", "**个", "9999999999999999999999999999999",
        "\t项目编码\n", "\t项目名称\n", "\t绩效指标\n", "一是", "第一部分", "第二部分", "预算数", "单位：万元", "\u00A0", "\uFEFF",
    }.Select(System.Text.Encoding.UTF8.GetBytes)];

    public sealed record Result(long Executions, TimeSpan Elapsed, TimeSpan Slowest, int Crashes);

    public static string? TryRun(Action<byte[]> target, byte[] input)
    {
        try
        {
            target(input);
            return null;
        }
        catch (Exception ex)
        {
            return ex.GetType().Name + ": " + ex.Message + "\n" + ex.StackTrace;
        }
    }

    public static Result Run(string name, Action<byte[]> target, List<byte[]> seeds, TimeSpan budget, int seed, string crashDir)
    {
        var random = new Random(seed);
        var corpus = seeds.Count > 0 ? seeds : [[]];
        // Once untimed first: the first run compiles the target's code, which on a loaded machine took the first seed
        // past the slow-input limit (a one-line Markdown seed "took" 2.3 s). It runs again, timed, in the loop.
        TryRun(target, corpus[0]);
        var watch = Stopwatch.StartNew();
        var (executions, crashes, slowest) = (0L, 0, TimeSpan.Zero);
        while (watch.Elapsed < budget || executions < corpus.Count)
        {
            var input = executions < corpus.Count ? corpus[(int)executions] : Mutate(corpus[random.Next(corpus.Count)], corpus, random);
            var started = watch.Elapsed;
            var error = TryRun(target, input);
            var took = watch.Elapsed - started;
            slowest = took > slowest ? took : slowest;
            if (took > SlowLimit)
            {
                error ??= $"slow input: {took.TotalSeconds:F1} s";
            }

            executions++;
            if (error is not null && crashes++ < 20)
            {
                Directory.CreateDirectory(crashDir);
                var file = Path.Join(crashDir, $"{name}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..12]}");
                File.WriteAllBytes(file, input);
                Console.Error.WriteLine($"CRASH {name} → {file}\n{error}");
            }
        }

        return new Result(executions, watch.Elapsed, slowest, crashes);
    }

    private static byte[] Mutate(byte[] parent, List<byte[]> corpus, Random random)
    {
        var data = new List<byte>(parent);
        for (var n = 1 + random.Next(8); n > 0; n--)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(8))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(16)));
                    break;
                case 3 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + random.Next(64));
                    data.InsertRange(random.Next(data.Count + 1), data.GetRange(at, length));
                    break;
                case 4:
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(at, other.Skip(from).Take(1 + random.Next(128)));
                    }

                    break;
                case 5:
                    var token = Tokens[random.Next(Tokens.Length)];
                    data.InsertRange(at, Enumerable.Repeat(token, random.Next(10) == 0 ? 1 + random.Next(200) : 1).SelectMany(t => t));
                    break;
                default:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return data.Count > 64 * 1024 ? [.. data.Take(64 * 1024)] : [.. data];
    }
}
