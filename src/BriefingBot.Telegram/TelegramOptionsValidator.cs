using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>Fails start-up with one clear line for a malformed token or server address; never echoes the token.</summary>
internal sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var token = options.BotToken!.Trim();
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon == token.Length - 1 || !long.TryParse(token.AsSpan(0, colon), out _))
        {
            failures.Add("Telegram:BotToken does not look like a bot token from @BotFather (digits, a colon, then letters).");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Telegram:ApiBaseUrl must be an http or https address such as http://localhost:8081, not '{options.ApiBaseUrl}'.");
        }

        if (options.MaxDocumentBytes <= 0)
        {
            failures.Add("Telegram:MaxDocumentBytes must be positive.");
        }

        if (options.GroupMessagesPerMinute <= 0 || options.MessagesPerSecond <= 0 || options.MaxSendAttempts <= 0)
        {
            failures.Add("Telegram rate limits and Telegram:MaxSendAttempts must be positive.");
        }

        if (options.PollTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout < TimeSpan.FromSeconds(1))
        {
            failures.Add("Telegram:PollTimeout and Telegram:RequestTimeout must be at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
