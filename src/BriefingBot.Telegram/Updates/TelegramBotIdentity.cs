namespace BriefingBot.Telegram.Updates;

/// <summary>Who this bot is (from getMe), so "/who@ThisBot" is recognised and "/who@OtherBot" ignored.</summary>
internal sealed class TelegramBotIdentity
{
    private string? _username;

    public string? Username => Volatile.Read(ref _username);

    public void Set(string? username) => Volatile.Write(ref _username, username);
}
