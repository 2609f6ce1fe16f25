namespace BriefingBot.Core.Chat;

/// <summary>A command's name, usage and help text: shown by /help, registered in platform menus.</summary>
/// <param name="Name">Without slash: <c>who</c>.</param>
/// <param name="Usage">E.g. <c>/who &lt;name&gt;</c>.</param>
/// <param name="Description">One short line (Telegram's menu allows 256 characters, Discord's 100).</param>
/// <param name="Example">A full example: <c>/who Lavrov</c>.</param>
public sealed record CommandInfo(string Name, string Usage, string Description, string Example, CommandAccess Access = CommandAccess.Everyone);
