namespace BriefingBot.Discord.Gateway;

/// <summary>The intents the bot asks for: none for interactions; message intents only when intake channels are configured.</summary>
public static class GatewayIntents
{
    /// <summary>GUILD_MESSAGES: messages posted in servers.</summary>
    public const int GuildMessages = 1 << 9;

    /// <summary>MESSAGE_CONTENT (privileged): the text of those messages.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>The smallest set that serves the configuration.</summary>
    public static int For(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IntakeChannelIds.Count > 0 ? GuildMessages | MessageContent : 0;
    }
}
