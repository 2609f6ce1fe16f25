namespace BriefingBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix (4004, 4010-4014).</summary>
public sealed class DiscordGatewayFatalException : Exception
{
    /// <summary>Creates the exception for a close code.</summary>
    public DiscordGatewayFatalException(int closeCode)
        : base($"Discord gateway closed: {GatewayCloseCodes.Describe(closeCode)} ({closeCode})")
    {
        CloseCode = closeCode;
    }

    /// <summary>Creates the exception without a code.</summary>
    public DiscordGatewayFatalException()
        : base("Discord gateway closed")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DiscordGatewayFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DiscordGatewayFatalException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The close code Discord sent.</summary>
    public int CloseCode { get; }
}
