namespace BriefingBot.Discord.Gateway;

/// <summary>How one WebSocket connection ended, and so what the next one does.</summary>
internal enum ConnectionEnd
{
    /// <summary>Dropped, zombie, or op 7: reconnect and RESUME.</summary>
    Resume,

    /// <summary>The session is gone (op 9 false, 4007, 4009): reconnect and IDENTIFY.</summary>
    Identify,

    /// <summary>Shutting down.</summary>
    Stopped,
}
