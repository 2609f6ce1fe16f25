using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Digests;

/// <summary>A meeting in one line: "Lavrov–Çavuşoğlu talks in Istanbul: postponed".</summary>
public static class MeetingLabel
{
    public static string For(Meeting meeting, IReadOnlyList<Actor> participants)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(participants);
        var who = string.Join('–', participants.Select(ShortName));
        var what = meeting.Kind switch
        {
            MeetingKind.Talks => "talks",
            MeetingKind.Visit => "visit",
            MeetingKind.Summit => "summit",
            MeetingKind.Call => "call",
            MeetingKind.Conference => "conference",
            _ => "meeting",
        };
        var head = who.Length > 0 ? $"{who} {what}" : char.ToUpperInvariant(what[0]) + what[1..];
        if (meeting.Location is { Length: > 0 } place)
        {
            head += $" in {place}";
        }

        return $"{head}: {Status(meeting)}";
    }

    private static string Status(Meeting meeting)
    {
        var date = MeetingDate.TryParse(meeting.Date, out var parsed) ? parsed.ToDisplay() : null;
        return meeting.Status switch
        {
            MeetingStatus.Planned => date is null ? "planned" : $"planned for {date}",
            MeetingStatus.Held => date is null ? "held" : $"held on {date}",
            MeetingStatus.Postponed => "postponed",
            MeetingStatus.Cancelled => "cancelled",
            _ => meeting.Status.ToString().ToLowerInvariant(),
        };
    }

    // People by surname, as headlines name them; countries and organisations in full.
    private static string ShortName(Actor actor) =>
        actor.Kind == ActorKind.Person && actor.Name.Contains(' ', StringComparison.Ordinal) ? actor.Name[(actor.Name.LastIndexOf(' ') + 1)..] : actor.Name;
}
