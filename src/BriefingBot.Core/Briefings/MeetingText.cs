using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Briefings;

/// <summary>How a meeting reads in a reply: "Lavrov–Çavuşoğlu talks in Istanbul: postponed".</summary>
public static class MeetingText
{
    /// <summary>"Lavrov–Çavuşoğlu talks in Istanbul".</summary>
    public static string Label(Meeting meeting, IReadOnlyDictionary<int, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actors);
        var names = meeting.ParticipantIds.Select(id => actors.TryGetValue(id, out var a) ? ShortName(a) : null).OfType<string>().ToList();
        var who = names.Count == 0 ? "Unnamed parties'" : string.Join('–', names);
        var label = $"{who} {KindWord(meeting.Kind)}";
        return meeting.Location is null ? label : $"{label} in {meeting.Location}";
    }

    /// <summary>"held on Monday 14 June 2020", "planned for March 2022", "postponed", "cancelled".</summary>
    public static string StatusAndDate(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var when = MeetingDate.TryParse(meeting.Date, out var date) ? date.ToDisplay() : null;
        return (meeting.Status, when) switch
        {
            (MeetingStatus.Held, null) => "held",
            (MeetingStatus.Held, _) => $"held on {when}",
            (MeetingStatus.Planned, null) => "planned",
            (MeetingStatus.Planned, _) => $"planned for {when}",
            (MeetingStatus.Postponed, null) => "postponed",
            (MeetingStatus.Postponed, _) => $"postponed (was {when})",
            (MeetingStatus.Cancelled, null) => "cancelled",
            _ => $"cancelled (was {when})",
        };
    }

    /// <summary>"Lavrov–Çavuşoğlu talks in Istanbul: postponed (was Sunday 14 June 2020)".</summary>
    public static string Line(Meeting meeting, IReadOnlyDictionary<int, Actor> actors) => $"{Label(meeting, actors)}: {StatusAndDate(meeting)}";

    public static string KindWord(MeetingKind kind) => kind switch
    {
        MeetingKind.Talks => "talks",
        MeetingKind.Visit => "visit",
        MeetingKind.Summit => "summit",
        MeetingKind.Call => "call",
        MeetingKind.Conference => "press conference",
        _ => "meeting",
    };

    /// <summary>
    /// A person by surname, a country or organisation by its name. The surname is the last word of the name, unless the
    /// articles call the person by the first word alone and never by the last ("Yoon" for Yoon Suk Yeol: family name first).
    /// </summary>
    public static string ShortName(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.Person)
        {
            return actor.Name;
        }

        var words = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return actor.Name;
        }

        return words.Length > 1 && actor.Aliases.Contains(words[0], StringComparer.Ordinal) && !actor.Aliases.Contains(words[^1], StringComparer.Ordinal)
            ? words[0]
            : words[^1];
    }
}
