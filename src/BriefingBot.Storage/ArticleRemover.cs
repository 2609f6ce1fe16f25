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

        var actorCollection = db.GetCollection<Actor>(Indexes.Actors);
        var actors = article.ActorIds.Distinct().Select(a => actorCollection.FindById(a)).OfType<Actor>().ToDictionary(a => a.Id);
        foreach (var actor in actors.Values)
        {
            actor.ArticleIds.Remove(id);
            actor.ArticleCount--;
            foreach (var statement in article.Roles.Where(s => s.ActorId == actor.Id))
            {
                DropStatement(articles, actor, statement, id);
            }
        }

        var meetings = db.GetCollection<Meeting>(Indexes.Meetings);
        foreach (var meeting in article.MeetingIds.Select(m => meetings.FindById(m)).OfType<Meeting>())
        {
            meeting.ArticleIds.Remove(id);
            meeting.Reports.RemoveAll(r => r.ArticleId == id);
            meeting.ReportCount = Math.Max(meeting.Reports.Count, meeting.ReportCount - 1);
            if (meeting.ReportCount == 0)
            {
                meetings.Delete(meeting.Id);
                IdSequences.Removed(db, Indexes.Meetings, meeting.Id);
                foreach (var participant in meeting.ParticipantIds)
                {
                    if (!actors.TryGetValue(participant, out var actor))
                    {
                        actor = actorCollection.FindById(participant);
                        if (actor is null)
                        {
                            continue;
                        }

                        actors[participant] = actor;
                    }

                    actor.MeetingIds.Remove(meeting.Id);
                    actor.MeetingCount = Math.Max(0, actor.MeetingCount - 1);
                }

                continue;
            }

            // The newest remaining report speaks for the meeting again.
            // (A busy meeting whose every kept report was removed keeps what it last said.)
            if (meeting.Reports.Count > 0)
            {
                var newest = meeting.Reports.OrderBy(r => r.Published).ThenBy(r => r.ArticleId).Last();
                meeting.Status = newest.Status;
                meeting.Date = newest.Date ?? meeting.Date;
                meeting.Location = newest.Location ?? meeting.Location;
            }
            MeetingDocuments.Write(db, meeting);
        }

        foreach (var actor in actors.Values)
        {
            if (actor.ArticleCount <= 0)
            {
                actorCollection.Delete(actor.Id);
                IdSequences.Removed(db, Indexes.Actors, actor.Id);
            }
            else
            {
                actorCollection.Update(actor);
            }
        }

        articles.Delete(id);
        IdSequences.Removed(db, Indexes.Articles, id);
        db.GetCollection(Indexes.ArticleTerms).Delete(id);
        return true;
    }

    // A role the article stated loses a supporter; if its sentence came from this article, the newest other
    // article that states it (among the actor's recent ones) speaks for it instead.
    private static void DropStatement(ILiteCollection<Article> articles, Actor actor, RoleStatement statement, int removed)
    {
        var role = actor.Roles.FirstOrDefault(r => r.Title == statement.Title && r.Country == statement.Country);
        if (role is null)
        {
            return;
        }

        if (--role.Count <= 0)
        {
            actor.Roles.Remove(role);
            return;
        }

        if (role.ArticleId != removed)
        {
            return;
        }

        var other = actor.ArticleIds.AsEnumerable().Reverse()
            .Select(a => articles.FindById(a))
            .OfType<Article>()
            .SelectMany(a => a.Roles.Where(s => s.ActorId == actor.Id && s.Title == role.Title && s.Country == role.Country).Select(s => (Article: a.Id, s.Evidence)))
            .FirstOrDefault();
        role.ArticleId = other.Article;
        role.Evidence = other.Evidence ?? "";
    }
}
