namespace BriefingBot.Discord.Interactions;

/// <summary>A command as registered with Discord.</summary>
/// <param name="Options">In registration order (Discord wants the required ones first).</param>
/// <param name="ArgumentOrder">Option names in the order a user would type them; defaults to <paramref name="Options"/>' order.</param>
/// <param name="ModeratorsOnly">Hidden by default from members without Manage Messages (we still check on our side).</param>
public sealed record SlashCommand(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    bool ModeratorsOnly = false,
    IReadOnlyList<string>? ArgumentOrder = null);
