using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Writes one ingest batch inside the caller's transaction, each document once: ids are given out first, so the
/// article, its actors and its meetings can name each other before anything is written. Article id 0 in the
/// batch (in actors' article lists, roles and meeting reports) means "this article". The article is written at
/// once; actors and meetings go to the <see cref="WriterView"/>, which writes them when the transaction is about to
/// commit, so an actor named in many articles of a batch is written once.
/// </summary>
internal static class IngestWriter
{
    /// <summary>Returns the new article's id.</summary>
    public static int Write(LiteDatabase db, IngestBatch batch, IdSequences sequences, WriterView view, ArticleKeyFilter articleKeys)
    {
        var article = batch.Article;
        var id = article.Id = sequences.Next(db, Indexes.Articles);
        var actors = batch.Actors.Distinct().ToList();
        var inserted = new HashSet<Actor>(ReferenceEqualityComparer.Instance);
        foreach (var actor in actors.Where(a => a.Id == 0))
        {
            actor.Id = sequences.Next(db, Indexes.Actors);
            inserted.Add(actor);
        }

        var newMeetings = new HashSet<Meeting>(ReferenceEqualityComparer.Instance);
        foreach (var meeting in batch.Meetings.Where(m => m.Id == 0))
        {
            meeting.Id = sequences.Next(db, Indexes.Meetings);
            newMeetings.Add(meeting);
        }

        foreach (var actor in actors)
        {
            if (ReplaceZero(actor.ArticleIds, id))
            {
                actor.ArticleCount++;
            }

            Trim(actor.ArticleIds, Actor.RecentLimit);
            TakeRoles(actor, id, article.Roles);
        }

        // Actors joining a meeting record it; usually they are this article's actors, written below anyway.
        var touched = actors.ToDictionary(a => a.Id);
        foreach (var meeting in batch.Meetings)
        {
            var participants = batch.MeetingParticipants.TryGetValue(meeting, out var listed)
                ? listed.Select(a => a.Id).Distinct().ToList()
                : meeting.ParticipantIds;
            foreach (var joined in participants.Except(meeting.ParticipantIds).ToList())
            {
                if (!touched.TryGetValue(joined, out var actor))
                {
                    actor = view.ActorToChange(db, joined);
                    if (actor is null)
                    {
                        continue;
                    }

                    touched[joined] = actor;
                }

                actor.MeetingCount++;
                actor.MeetingIds.Add(meeting.Id);
                Trim(actor.MeetingIds, Actor.RecentMeetingLimit);
            }

            meeting.ParticipantIds = participants;
            if (ReplaceZero(meeting.ArticleIds, id))
            {
                // Files from before the count started at the reports they held.
                meeting.ReportCount = Math.Max(meeting.ReportCount, meeting.ArticleIds.Count - 1) + 1;
            }

            foreach (var report in meeting.Reports.Where(r => r.ArticleId == 0))
            {
                report.ArticleId = id;
            }

            Trim(meeting.ArticleIds, Meeting.RecentReportLimit);
            if (meeting.Reports.Count > Meeting.RecentReportLimit)
            {
                meeting.Reports = [.. meeting.Reports.OrderBy(r => r.Published).ThenBy(r => r.ArticleId).TakeLast(Meeting.RecentReportLimit)];
            }

            view.Put(db, meeting, newMeetings.Contains(meeting));
        }

        foreach (var actor in touched.Values)
        {
            view.Put(db, actor, inserted.Contains(actor));
        }

        article.ActorIds = actors.Select(a => a.Id).ToList();
        article.MeetingIds = batch.Meetings.Select(m => m.Id).Distinct().ToList();
        db.GetCollection<Article>(Indexes.Articles).Insert(article);
        articleKeys.Put(db, article);
        return id;
    }

    /// <summary>
    /// The roles this article states (article id 0) become the article's statements and update the actor's one
    /// entry per title and country: counted, and speaking with this article's sentence as the newest.
    /// </summary>
    private static void TakeRoles(Actor actor, int articleId, List<RoleStatement> statements)
    {
        foreach (var role in actor.Roles.Where(r => r.ArticleId == 0).ToList())
        {
            actor.Roles.Remove(role);
            statements.Add(new RoleStatement { ActorId = actor.Id, Title = role.Title, Country = role.Country, Evidence = role.Evidence });
            var known = actor.Roles.FirstOrDefault(r => r.Title == role.Title && r.Country == role.Country);
            if (known is null)
            {
                role.ArticleId = articleId;
                role.Count = 1;
                actor.Roles.Add(role);
            }
            else
            {
                known.ArticleId = articleId;
                known.Evidence = role.Evidence;
                known.Count++;
            }
        }
    }

    private static bool ReplaceZero(List<int> ids, int id)
    {
        var found = false;
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == 0)
            {
                ids[i] = id;
                found = true;
            }
        }

        return found;
    }

    internal static void Trim(List<int> ids, int limit)
    {
        if (ids.Count > limit)
        {
            ids.RemoveRange(0, ids.Count - limit);
        }
    }
}
