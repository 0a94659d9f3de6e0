namespace SiteGen.Cli;

/// <summary>The parsed command line: a command, its file arguments and options, or the reason it could not be parsed.</summary>
internal sealed record CommandLine(
    string Command,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlySet<string> Flags,
    string? Error)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return Of("help");
        }

        var name = args[0] switch
        {
            "-h" or "--help" => "help",
            "--version" => "version",
            var other => other,
        };
        if (CommandSpec.Named(name) is not { } spec)
        {
            return Failed(name, $"未知命令 “{args[0]}”");
        }

        var files = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var (option, value) = SplitOption(spec, args, ref i);
            if (option is "-h" or "--help")
            {
                return Of("help");
            }

            if (spec.ValueOptions.Contains(option))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return Failed(name, $"选项 {option} 需要一个值");
                }

                values[option] = value;
            }
            else if (spec.Flags.Contains(option) && value is null)
            {
                flags.Add(option);
            }
            else if (spec.TakesFiles && !option.StartsWith('-'))
            {
                files.Add(option);
            }
            else
            {
                return Failed(name, $"{name} 命令没有选项 “{option}”");
            }
        }

        if (spec.TakesFiles && files.Count == 0)
        {
            return Failed(name, $"{name} 命令需要至少一个文件");
        }

        return new CommandLine(name, files, values, flags, null);
    }

    public string Value(string option, string fallback) => Values.GetValueOrDefault(option, fallback);

    public string? Value(string option) => Values.GetValueOrDefault(option);

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>The folders of build, check and serve (<see cref="SiteFolders"/>); with <c>--verbose</c>, says which they are.</summary>
    public BuildOptions BuildOptions()
    {
        var options = SiteFolders.Resolve(this);
        if (Has("--verbose"))
        {
            foreach (var line in SiteFolders.Describe(this, options))
            {
                Console.WriteLine($"sitegen {Command}: {line}");
            }
        }

        return options;
    }

    /// <summary>Accepts both <c>--content dir</c> and <c>--content=dir</c>.</summary>
    private static (string Name, string? Value) SplitOption(CommandSpec spec, IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        return spec.ValueOptions.Contains(arg) && i + 1 < args.Count ? (arg, args[++i]) : (arg, null);
    }

    private static CommandLine Of(string command) =>
        new(command, [], new Dictionary<string, string>(), new HashSet<string>(), null);

    private static CommandLine Failed(string command, string error) => Of(command) with { Error = error };
}
