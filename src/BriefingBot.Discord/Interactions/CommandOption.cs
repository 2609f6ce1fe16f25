namespace BriefingBot.Discord.Interactions;

/// <summary>One option of a slash command, and how its value is written into the command's arguments.</summary>
/// <param name="Keyed">Written as <c>name:value</c> (<c>topic:Turkey</c>) rather than the bare value.</param>
public sealed record CommandOption(
    string Name,
    int Type,
    string Description,
    bool Required = false,
    bool Autocomplete = false,
    bool Keyed = false,
    IReadOnlyList<string>? Choices = null)
{
    /// <summary>STRING.</summary>
    public const int String = 3;

    /// <summary>INTEGER.</summary>
    public const int Integer = 4;

    /// <summary>ATTACHMENT.</summary>
    public const int Attachment = 11;
}
