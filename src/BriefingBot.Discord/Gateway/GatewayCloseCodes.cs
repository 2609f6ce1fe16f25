namespace BriefingBot.Discord.Gateway;

/// <summary>What a close code from Discord means for the next connection.</summary>
public static class GatewayCloseCodes
{
    /// <summary>The code we close with to drop a connection but keep the session resumable.</summary>
    public const int ResumableClose = 4900;

    /// <summary>Codes that no reconnect can fix: a bad token, bad sharding, a bad API version or intents.</summary>
    public static bool IsFatal(int code) => code is 4004 or 4010 or 4011 or 4012 or 4013 or 4014;

    /// <summary>Codes after which the session is gone and a new IDENTIFY is needed.</summary>
    public static bool EndsSession(int code) => code is 4007 or 4009;

    /// <summary>One line an operator can act on.</summary>
    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: Discord:BotToken is wrong or was reset",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many servers for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the Message Content intent in the Developer Portal (Bot page) or remove Discord:IntakeChannelIds",
        4007 => "invalid sequence on resume",
        4009 => "session timed out",
        _ => $"closed with code {code}",
    };
}
