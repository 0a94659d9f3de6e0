using System.Globalization;
using SiteGen.Cli;
using SiteGen.Cli.Commands;

// Output must not depend on the machine's culture (decimal points, sorting).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;

try
{
    return CommandLine.Parse(args) switch
    {
        { Error: { } error } => Usage.Fail(error),
        { Command: "build" } parsed => BuildCommand.Run(parsed),
        { Command: "check" } parsed => CheckCommand.Run(parsed.BuildOptions()),
        { Command: "review" } parsed => ReviewCommand.Run(parsed),
        { Command: "import" } parsed => ImportCommand.Run(parsed),
        { Command: "schema" } parsed => SchemaCommand.Run(parsed),
        { Command: "new" } parsed => NewCommand.Run(parsed),
        { Command: "templates" } parsed => TemplatesCommand.Run(parsed),
        { Command: "sample" } parsed => SampleCommand.Run(parsed),
        { Command: "verify" } parsed => VerifyCommand.Run(parsed),
        { Command: "serve" } parsed => ServeCommand.Run(parsed),
        { Command: "serve-bench" } parsed => ServeBenchCommand.Run(parsed),
        { Command: "help" } => Usage.Show(),
        { Command: "version" } => Usage.Version(),
        var parsed => Usage.Fail($"未知命令 “{parsed.Command}”"),
    };
}
catch (Exception ex)
{
    // A bug, not bad content: say so plainly, without a stack trace, and leave the output untouched.
    Console.Error.WriteLine($"sitegen: internal error: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine("sitegen: this is a bug in SiteGen, not in your content; the output folder was not changed.");
    return ExitCodes.InternalError;
}
