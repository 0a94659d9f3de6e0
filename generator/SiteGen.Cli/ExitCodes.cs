namespace SiteGen.Cli;

/// <summary>The process exit codes, as the README documents them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;
    public const int OutputBusy = 4;
}
