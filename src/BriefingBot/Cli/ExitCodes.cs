namespace BriefingBot.Cli;

/// <summary>Process exit codes of the CLI verbs.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some input failed (a file not ingested, a chat command answered with a mistake).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
