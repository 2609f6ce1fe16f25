namespace BriefingBot.Discord.Gateway;

/// <summary>What a RESUME needs: the session id, the URL to resume at and the last sequence number seen.</summary>
public sealed class GatewaySession
{
    /// <summary>From READY; null before the first READY or after the session was invalidated.</summary>
    public string? SessionId { get; set; }

    /// <summary>From READY: <c>resume_gateway_url</c>.</summary>
    public string? ResumeUrl { get; set; }

    /// <summary>The last dispatch's sequence number; sent with heartbeats and RESUME.</summary>
    public long? Sequence { get; set; }

    /// <summary>Whether a RESUME can be tried.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>Forgets the session, so the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
