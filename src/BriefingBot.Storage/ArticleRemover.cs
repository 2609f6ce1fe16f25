using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Takes an article out with every fact that only it supported, inside the caller's transaction.</summary>
internal static class ArticleRemover
{
    public static bool Remove(LiteDatabase db, int id)
    {
        var articles = db.GetCollection<Article>(Indexes.Articles);
        var article = articles.FindById(id);
        if (article is null)
        {
            return false;
        }

        var actors = db.GetCollection<Actor>(Indexes.Actors);
        foreach (var actor in article.ActorIds.Select(a => actors.FindById(a)).OfType<Actor>())
        {
            actor.ArticleIds.Remove(id);
            actor.Roles.RemoveAll(r => r.ArticleId == id);
            if (actor.ArticleIds.Count == 0)
            {
                actors.Delete(actor.Id);
            }
            else
            {
                actors.Update(actor);
            }
        }

        var meetings = db.GetCollection<Meeting>(Indexes.Meetings);
        foreach (var meeting in article.MeetingIds.Select(m => meetings.FindById(m)).OfType<Meeting>())
        {
            meeting.ArticleIds.Remove(id);
            meeting.Reports.RemoveAll(r => r.ArticleId == id);
            if (meeting.Reports.Count == 0)
            {
                meetings.Delete(meeting.Id);
                MeetingKeys.Delete(db, meeting.Id);
                continue;
            }

            // The newest remaining report speaks for the meeting again.
            var newest = meeting.Reports.OrderBy(r => r.Published).ThenBy(r => r.ArticleId).Last();
            meeting.Status = newest.Status;
            meeting.Date = newest.Date ?? meeting.Date;
            meeting.Location = newest.Location ?? meeting.Location;
            meetings.Update(meeting);
            MeetingKeys.Write(db, meeting);
        }

        articles.Delete(id);
        db.GetCollection(Indexes.ArticleTerms).Delete(id);
        return true;
    }
}
