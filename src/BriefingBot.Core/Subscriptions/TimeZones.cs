namespace BriefingBot.Core.Subscriptions;

/// <summary>IANA time zones by id, as the operating system knows them.</summary>
public static class TimeZones
{
    /// <summary>Finds a zone by IANA id (<c>Europe/Istanbul</c>); case-insensitive, "UTC" always works.</summary>
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase) || id.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Only ids with a region separator are accepted, so "EST" or "Turkey" do not sneak in as zones.
        if (!id.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            zone = found;
            return true;
        }

        var match = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return false;
        }

        zone = match;
        return true;
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"Unknown time zone: {id}");

    /// <summary>True for strings shaped like an IANA id (<c>Area/City</c>), known or not.</summary>
    public static bool LooksLikeZone(string text) =>
        text.Equals("UTC", StringComparison.OrdinalIgnoreCase)
        || (text.Contains('/', StringComparison.Ordinal) && char.IsLetter(text[0]) && !text.Contains(':', StringComparison.Ordinal));
}
