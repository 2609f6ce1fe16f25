using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Meetings as stored: the mapped document plus <c>StatusKey</c> (status, then id), indexed so that "the newest
/// planned meetings" is a short range read instead of loading every meeting of that status and sorting them.
/// </summary>
internal static class MeetingDocuments
{
    public const string StatusKey = "StatusKey";

    /// <summary>Writes a meeting; <paramref name="isNew"/> when the writer knows it is not in the file yet (an insert
    /// skips the lookup an upsert makes first).</summary>
    public static void Write(LiteDatabase db, Meeting meeting, bool isNew = false)
    {
        var document = db.Mapper.ToDocument(meeting);
        document[StatusKey] = KeyOf(meeting.Status, meeting.Id);
        var meetings = db.GetCollection(Indexes.Meetings);
        if (isNew)
        {
            meetings.Insert(document);
        }
        else
        {
            meetings.Upsert(document);
        }
    }

    public static long KeyOf(MeetingStatus status, int id) => ((long)status << 32) | (uint)id;

    /// <summary>The range of keys of one status, newest meeting last.</summary>
    public static (long From, long To) Range(MeetingStatus status) => (KeyOf(status, 0), KeyOf(status, int.MaxValue));
}
