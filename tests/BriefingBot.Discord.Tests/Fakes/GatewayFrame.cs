using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>A gateway payload the fake received from the bot.</summary>
public sealed record GatewayFrame(int Op, JsonNode? Data, int Connection, DateTimeOffset At);
