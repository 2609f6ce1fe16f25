using System.Text.Json.Nodes;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Discord.Interactions;

/// <summary>Suggestions while a user types: actor names for /who and /meetings, time zones for /subscribe and /timezone.</summary>
public sealed class Autocompleter(ActorFinder finder)
{
    private const int Limit = 25;
    private static readonly Lazy<string[]> s_zones = new(() => [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Append("UTC").Distinct().Order(StringComparer.Ordinal)]);

    /// <summary>Up to 25 choices for the focused option of <paramref name="data"/>.</summary>
    public async Task<JsonArray> ChoicesAsync(JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var focused = (data["options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(o => o["focused"]?.GetValue<bool>() == true);
        var typed = focused?["value"]?.ToString().Trim() ?? "";
        IEnumerable<string> names = focused?["name"]?.GetValue<string>() switch
        {
            "timezone" or "zone" => Zones(typed),
            "name" => (await finder.CompleteAsync(typed, Limit, cancellationToken).ConfigureAwait(false)).Select(a => a.Name),
            _ => [],
        };
        return new JsonArray([.. names.Where(n => n.Length is > 0 and <= 100).Distinct().Take(Limit).Select(n => (JsonNode)new JsonObject { ["name"] = n, ["value"] = n })]);
    }

    private static IEnumerable<string> Zones(string typed) =>
        s_zones.Value
            .Where(z => z.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(z => z.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(z => z, StringComparer.Ordinal);
}
