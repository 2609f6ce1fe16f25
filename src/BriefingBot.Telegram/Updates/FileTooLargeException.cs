namespace BriefingBot.Telegram.Updates;

/// <summary>A download went past its size limit and was stopped.</summary>
internal sealed class FileTooLargeException(int limit) : IOException($"The file is larger than {limit} bytes.")
{
    public int Limit { get; } = limit;
}
