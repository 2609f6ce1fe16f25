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

    public static void Write(LiteDatabase db, Meeting meeting)
    {
        var document = db.Mapper.ToDocument(meeting);
        document[StatusKey] = KeyOf(meeting.Status, meeting.Id);
        db.GetCollection(Indexes.Meetings).Upsert(document);
    }

    public static long KeyOf(MeetingStatus status, int id) => ((long)status << 32) | (uint)id;

    /// <summary>The range of keys of one status, newest meeting last.</summary>
    public static (long From, long To) Range(MeetingStatus status) => (KeyOf(status, 0), KeyOf(status, int.MaxValue));
}
