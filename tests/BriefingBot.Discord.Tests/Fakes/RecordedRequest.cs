using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received (path without the /api/v10 prefix).</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Body, string? Authorization, DateTimeOffset At);
