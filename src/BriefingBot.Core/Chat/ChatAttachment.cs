namespace BriefingBot.Core.Chat;

/// <summary>A file that came with a command, already downloaded by the adapter within the size limit.</summary>
public sealed record ChatAttachment(string FileName, string? ContentType, byte[] Content);
