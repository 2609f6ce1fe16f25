namespace BriefingBot.Discord.Gateway;

/// <summary>Gateway opcodes the bot sends or receives.</summary>
public enum GatewayOpCode
{
    /// <summary>An event (READY, INTERACTION_CREATE, ...), with a sequence number.</summary>
    Dispatch = 0,

    /// <summary>A heartbeat, sent by us or asked for by Discord.</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Continues a dropped session, replaying what was missed.</summary>
    Resume = 6,

    /// <summary>Discord asks us to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>The session is invalid; <c>d</c> says whether it can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>The first message on a connection, with the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Discord acknowledged our heartbeat.</summary>
    HeartbeatAck = 11,
}
