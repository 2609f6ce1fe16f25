using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Answers one interaction: slash and message-menu commands, button presses and autocomplete. Every
/// interaction is acknowledged within Discord's three seconds: slow commands are deferred up front, and any
/// other command still running after <see cref="ImmediateBudget"/> is deferred then; the answer edits the original.
/// </summary>
public sealed partial class DiscordInteractionHandler(
    ChatCommandRouter router,
    InteractionMapper mapper,
    ModeratorPolicy moderators,
    DiscordReplySender sender,
    ButtonCommands buttons,
    Autocompleter autocompleter,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    // Fetching a URL, ingesting and composing a digest can take seconds; these always defer.
    private static readonly HashSet<string> s_slow = new(StringComparer.Ordinal) { "add", "digest", "search" };

    /// <summary>How long a command may run before we defer rather than risk Discord's three-second limit.</summary>
    public TimeSpan ImmediateBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Handles an INTERACTION_CREATE payload; failures are logged and answered with an apology, never thrown.</summary>
    public async Task HandleAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var progress = new Progress();
        try
        {
            switch (interaction["type"]?.GetValue<int>())
            {
                case 2:
                    await CommandAsync(interaction, progress, cancellationToken).ConfigureAwait(false);
                    break;
                case 3:
                    await ButtonAsync(interaction, progress, cancellationToken).ConfigureAwait(false);
                    break;
                case 4:
                    var choices = await autocompleter.ChoicesAsync(interaction["data"] as JsonObject ?? [], cancellationToken).ConfigureAwait(false);
                    await sender.AutocompleteAsync(interaction, choices, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, interaction["id"]?.ToString() ?? "?");
            await ApologiseAsync(interaction, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CommandAsync(JsonObject interaction, Progress progress, CancellationToken cancellationToken)
    {
        var data = interaction["data"] as JsonObject ?? [];
        var name = data["type"]?.GetValue<int>() == 3 ? "add" : data["name"]?.GetValue<string>() ?? "";
        if (s_slow.Contains(name) && !Refused(name, interaction))
        {
            await DeferAsync(interaction, progress, cancellationToken).ConfigureAwait(false);
        }

        var (command, problem) = await mapper.FromApplicationCommandAsync(interaction, cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            await RespondAsync(interaction, problem!, progress, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RunAsync(interaction, command, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task ButtonAsync(JsonObject interaction, Progress progress, CancellationToken cancellationToken)
    {
        var customId = interaction["data"]?["custom_id"]?.GetValue<string>() ?? "";
        var text = await buttons.CommandForAsync(customId, cancellationToken).ConfigureAwait(false);
        if (text is null || !ChatCommandParser.TryParse(text, null, out var name, out var arguments))
        {
            await RespondAsync(interaction, Reply.Refusal("This button has expired. Type the command instead."), progress, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RunAsync(interaction, mapper.Base(interaction, name, arguments), progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(JsonObject interaction, ChatCommand command, Progress progress, CancellationToken cancellationToken)
    {
        var work = router.HandleAsync(command, cancellationToken);
        if (!progress.Deferred)
        {
            var budget = Task.Delay(ImmediateBudget, time, cancellationToken);
            if (await Task.WhenAny(work, budget).ConfigureAwait(false) != work)
            {
                await DeferAsync(interaction, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        var reply = await work.ConfigureAwait(false);
        await RespondAsync(interaction, reply, progress, cancellationToken).ConfigureAwait(false);
    }

    private bool Refused(string name, JsonObject interaction)
    {
        var access = router.Commands.FirstOrDefault(c => c.Name == name)?.Access ?? CommandAccess.Everyone;
        var moderator = moderators.IsModerator(interaction);
        return access switch
        {
            CommandAccess.Moderators => !moderator,
            CommandAccess.ChatManagers => !moderator && interaction["guild_id"] is not null,
            _ => false,
        };
    }

    private async Task DeferAsync(JsonObject interaction, Progress progress, CancellationToken cancellationToken)
    {
        await sender.DeferAsync(interaction, cancellationToken).ConfigureAwait(false);
        progress.Deferred = true;
    }

    private async Task RespondAsync(JsonObject interaction, Reply reply, Progress progress, CancellationToken cancellationToken)
    {
        await sender.RespondAsync(interaction, reply, progress.Deferred, cancellationToken).ConfigureAwait(false);
        progress.Answered = true;
    }

    private async Task ApologiseAsync(JsonObject interaction, Progress progress, CancellationToken cancellationToken)
    {
        if (progress.Answered || interaction["type"]?.GetValue<int>() == 4)
        {
            return;
        }

        try
        {
            var sorry = Reply.Text("Sorry, something went wrong on my side while answering that. Please try again in a moment.") with { IsError = true, Private = true };
            await sender.RespondAsync(interaction, sorry, progress.Deferred, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to answer Discord interaction {InteractionId}")]
    private partial void LogFailed(Exception exception, string interactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology either: {Reason}")]
    private partial void LogApologyFailed(string reason);

    private sealed class Progress
    {
        public bool Deferred { get; set; }

        public bool Answered { get; set; }
    }
}
