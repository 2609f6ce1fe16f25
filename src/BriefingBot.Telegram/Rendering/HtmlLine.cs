using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>One line of a reply before it becomes HTML; <see cref="StartsBlock"/> puts a blank line before it.</summary>
internal sealed record HtmlLine(IReadOnlyList<Span> Spans, bool StartsBlock);
