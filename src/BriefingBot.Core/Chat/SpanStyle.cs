namespace BriefingBot.Core.Chat;

/// <summary>Text styles every platform can show.</summary>
[Flags]
public enum SpanStyle
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
