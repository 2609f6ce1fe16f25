using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>A meeting as one clause (or several merged clauses) of an article describes it. Status null: no cue yet.</summary>
internal sealed class MeetingCandidate
{
    public MeetingKind Kind { get; set; }

    public HashSet<int> Persons { get; } = [];

    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    public string? Location { get; set; }

    public MeetingDate? Date { get; set; }

    public MeetingStatus? Status { get; set; }

    public string Evidence { get; set; } = "";

    public int Sentence { get; set; }

    /// <summary>The last sentence merged in; a following clause may complete the meeting.</summary>
    public int LastSentence { get; set; }

    public int ParticipantCount => Persons.Count + Countries.Count;
}
