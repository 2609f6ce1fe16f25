namespace BriefingBot.Telegram;

/// <summary>The <c>Telegram</c> configuration section. Without a bot token the adapter stays off.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather; set it through the environment (<c>Telegram__BotToken</c>), never in a file.</summary>
    public string? BotToken { get; set; }

    /// <summary>A self-hosted Bot API server (<c>http://localhost:8081</c>); empty for api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Telegram user ids that moderate everywhere.</summary>
    public List<long> Moderators { get; set; } = [];

    /// <summary>Whether a group's administrators and creator moderate in that group.</summary>
    public bool ChatAdminsModerate { get; set; } = true;

    /// <summary>How long a getChatMember answer is trusted.</summary>
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest document <c>/add</c> downloads.</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;

    /// <summary>Telegram's limits: about one message a second in a chat, 20 a minute in a group, 30 a second in all.</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int GroupMessagesPerMinute { get; set; } = 20;

    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>How often a send is tried again after timeouts, server errors and 429s before giving up for now.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>The first pause after a timeout or server error; doubled on each further attempt.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one getUpdates waits for news; the HTTP request is allowed 15 s more.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>The HTTP timeout of every other Bot API call.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
