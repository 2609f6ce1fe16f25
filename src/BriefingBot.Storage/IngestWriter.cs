using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Writes one ingest batch inside the caller's transaction.</summary>
internal static class IngestWriter
{
    /// <summary>Returns the new article's id. Article id 0 in roles and reports means "this article".</summary>
    public static int Write(LiteDatabase db, IngestBatch batch)
    {
        var articles = db.GetCollection<Article>(Indexes.Articles);
        var actors = db.GetCollection<Actor>(Indexes.Actors);
        var meetings = db.GetCollection<Meeting>(Indexes.Meetings);

        var article = batch.Article;
        var id = articles.Insert(article).AsInt32;
        article.Id = id;

        foreach (var actor in batch.Actors)
        {
            ReplaceZero(actor.ArticleIds, id);
            foreach (var role in actor.Roles.Where(r => r.ArticleId == 0))
            {
                role.ArticleId = id;
            }

            if (actor.Id == 0)
            {
                actors.Insert(actor);
            }
            else
            {
                actors.Update(actor);
            }
        }

        foreach (var meeting in batch.Meetings)
        {
            if (batch.MeetingParticipants.TryGetValue(meeting, out var participants))
            {
                meeting.ParticipantIds = participants.Select(a => a.Id).Distinct().ToList();
            }

            ReplaceZero(meeting.ArticleIds, id);
            foreach (var report in meeting.Reports.Where(r => r.ArticleId == 0))
            {
                report.ArticleId = id;
            }

            if (meeting.Id == 0)
            {
                meetings.Insert(meeting);
            }
            else
            {
                meetings.Update(meeting);
            }

            MeetingKeys.Write(db, meeting);
        }

        article.ActorIds = batch.Actors.Select(a => a.Id).Distinct().ToList();
        article.MeetingIds = batch.Meetings.Select(m => m.Id).Distinct().ToList();
        articles.Update(article);

        return id;
    }

    private static void ReplaceZero(List<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == 0)
            {
                ids[i] = id;
            }
        }
    }
}
