using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Gateway;

/// <summary>One event from the gateway (op 0): its name (<c>INTERACTION_CREATE</c>) and data.</summary>
public sealed record GatewayDispatch(string Name, long Sequence, JsonObject Data);
