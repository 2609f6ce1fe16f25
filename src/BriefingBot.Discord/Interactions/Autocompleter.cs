using System.Text.Json.Nodes;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Storage;

namespace BriefingBot.Discord.Interactions;

/// <summary>Suggestions while a user types: actor names for /who and /meetings, time zones for /subscribe and /timezone.</summary>
public sealed class Autocompleter(IKnowledgeStore store)
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
            "name" => await ActorNamesAsync(typed, cancellationToken).ConfigureAwait(false),
            _ => [],
        };
        return new JsonArray([.. names.Where(n => n.Length is > 0 and <= 100).Distinct().Take(Limit).Select(n => (JsonNode)new JsonObject { ["name"] = n, ["value"] = n })]);
    }

    // Actors are indexed by phonetic keys ("s:" surname, "n:" given name + surname, see ActorKeys), so what the
    // user has typed so far is matched as a prefix of either: "ser" finds Sergey Lavrov, "lavr" finds him too.
    private async Task<IEnumerable<string>> ActorNamesAsync(string typed, CancellationToken cancellationToken)
    {
        var words = NamePhonetics.Words(typed);
        var prefixes = words.Count switch
        {
            0 => ["s:"],
            1 => ["n:" + NamePhonetics.Key(words[0]), "s:" + NamePhonetics.Key(words[0])],
            _ => new[] { "n:" + NamePhonetics.Key(words[0]) + " " + NamePhonetics.Key(words[^1]), "s:" + NamePhonetics.Key(words[^1]) },
        };
        var names = new List<string>();
        foreach (var prefix in prefixes)
        {
            var actors = await store.FindActorsByKeyPrefixAsync(prefix, Limit, cancellationToken).ConfigureAwait(false);
            names.AddRange(actors.Select(a => a.Name));
        }

        return names;
    }

    private static IEnumerable<string> Zones(string typed) =>
        s_zones.Value
            .Where(z => z.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(z => z.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(z => z, StringComparer.Ordinal);
}
