using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Maps a button's command to a custom_id (at most 100 characters) and back. Short commands travel in the id;
/// longer ones get a short token kept in the bot's durable state, so buttons keep working after a restart.
/// </summary>
public sealed class ButtonCommands(IBotStateStore state)
{
    private const string Inline = "run:";
    private const string Token = "ref:";
    private const int CustomIdLimit = 100;
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>The custom_id for a button that runs <paramref name="command"/>.</summary>
    public async Task<string> IdForAsync(string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Inline.Length + command.Length <= CustomIdLimit)
        {
            return Inline + command;
        }

        var token = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(command)).AsSpan(0, 15)).Replace('+', '-').Replace('/', '_');
        if (_known.TryAdd(token, command))
        {
            await state.SetAsync(StateKey(token), command, cancellationToken).ConfigureAwait(false);
        }

        return Token + token;
    }

    /// <summary>The command behind a custom_id, or null for an id we did not make (or have forgotten).</summary>
    public async Task<string?> CommandForAsync(string customId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customId);
        if (customId.StartsWith(Inline, StringComparison.Ordinal))
        {
            return customId[Inline.Length..];
        }

        if (!customId.StartsWith(Token, StringComparison.Ordinal))
        {
            return null;
        }

        var token = customId[Token.Length..];
        return _known.TryGetValue(token, out var command) ? command : await state.GetAsync(StateKey(token), cancellationToken).ConfigureAwait(false);
    }

    private static string StateKey(string token) => "discord:button:" + token;
}
