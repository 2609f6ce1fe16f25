using System.Net;

namespace BriefingBot.Discord.Rest;

/// <summary>Discord refused a request, or could not be reached after every retry.</summary>
public sealed class DiscordRestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordRestException(string message, HttpStatusCode? status = null, int? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        Code = code;
    }

    /// <summary>Creates the exception without details.</summary>
    public DiscordRestException()
        : this("Discord request failed")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DiscordRestException(string message)
        : this(message, null, null, null)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DiscordRestException(string message, Exception inner)
        : this(message, null, null, inner)
    {
    }

    /// <summary>The HTTP status, or null when no response came (timeouts, network errors).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Discord's JSON error code (e.g. 50001 Missing Access, 10003 Unknown Channel).</summary>
    public int? Code { get; }

    /// <summary>True when trying later may succeed: no response, a 429 or a 5xx that outlasted the retries.</summary>
    public bool IsTransient => Status is null || Status == HttpStatusCode.TooManyRequests || (int)Status >= 500;
}
