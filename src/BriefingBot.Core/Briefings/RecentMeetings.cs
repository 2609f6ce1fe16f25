using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The meetings a card or list shows for some actors: from each actor's newest meetings (<see cref="Actor.MeetingIds"/>),
/// the newest learnt are loaded and shown latest date first. A busy actor has thousands of meetings; loading them
/// all to show five made /who and /meetings slow down as the store grew.
/// </summary>
public sealed record RecentMeetings(IReadOnlyList<Meeting> Meetings, int Total, bool TotalIsExact)
{
    /// <param name="withReports">Whether the meetings come with their reports; lists that show none load outlines.</param>
    public static async Task<RecentMeetings> OfAsync(IKnowledgeStore store, IReadOnlyCollection<Actor> actors, int shown, bool withReports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(actors);
        var known = actors.SelectMany(a => a.MeetingIds).Distinct().ToList();
        // Each actor's list is complete unless it has more meetings than it keeps; then the total is a lower bound.
        var exact = actors.All(a => a.MeetingCount <= a.MeetingIds.Count);
        var total = actors.Count == 1 ? actors.First().MeetingCount : known.Count;
        var newest = known.OrderDescending().Take(3 * shown);
        var loaded = withReports
            ? await store.GetMeetingsAsync(newest, cancellationToken).ConfigureAwait(false)
            : await store.GetMeetingOutlinesAsync(newest, cancellationToken).ConfigureAwait(false);
        var meetings = loaded.OrderByDescending(m => m.Date ?? "", StringComparer.Ordinal).ThenByDescending(m => m.Id).Take(shown).ToList();
        return new RecentMeetings(meetings, Math.Max(total, meetings.Count), exact || actors.Count == 1);
    }

    /// <summary>"5 of 1,234" or, when only a lower bound is known, "5 of more than 700".</summary>
    public string Of(string shownText) =>
        $"{shownText} of {(TotalIsExact ? "" : "more than ")}{Total.ToString("N0", ReplyText.Culture)}";
}
