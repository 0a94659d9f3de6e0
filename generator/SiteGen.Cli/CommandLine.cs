namespace SiteGen.Cli;

/// <summary>The parsed command line: a command and its options, or the reason it could not be parsed.</summary>
internal sealed record CommandLine(string Command, BuildOptions Options, string? Error)
{
    private static readonly string[] Commands = ["build", "check", "help", "version"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new CommandLine("help", new BuildOptions(), null);
        }

        var command = args[0] switch
        {
            "-h" or "--help" => "help",
            "--version" => "version",
            var other => other,
        };
        if (!Commands.Contains(command))
        {
            return Failed(command, $"未知命令 “{args[0]}”");
        }

        var options = new BuildOptions();
        for (var i = 1; i < args.Count; i++)
        {
            var (name, value) = SplitOption(args, ref i);
            switch (name)
            {
                case "-h" or "--help":
                    return new CommandLine("help", options, null);
                case "--content" or "--templates" or "--output" when string.IsNullOrWhiteSpace(value):
                    return Failed(command, $"选项 {name} 需要一个目录");
                case "--content":
                    options = options with { ContentDir = value! };
                    break;
                case "--templates":
                    options = options with { TemplatesDir = value! };
                    break;
                case "--output" when command == "build":
                    options = options with { OutputDir = value! };
                    break;
                default:
                    return Failed(command, $"{command} 命令没有选项 “{name}”");
            }
        }

        return new CommandLine(command, options, null);
    }

    /// <summary>Accepts both <c>--content dir</c> and <c>--content=dir</c>.</summary>
    private static (string Name, string? Value) SplitOption(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        var takesValue = arg is "--content" or "--templates" or "--output";
        return takesValue && i + 1 < args.Count ? (arg, args[++i]) : (arg, null);
    }

    private static CommandLine Failed(string command, string error) => new(command, new BuildOptions(), error);
}
