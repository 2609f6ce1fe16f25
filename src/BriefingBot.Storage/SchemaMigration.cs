using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Brings a data file written by an earlier version up to the current layout, once, in one transaction.
/// Version 2: actors keep counts, their newest articles and meetings and one entry per role; the articles keep
/// their own role statements; meetings carry their status key.
/// Version 3: the meeting keys are kept in memory (see <see cref="MeetingIndex"/>), no longer in the file.
/// Version 4: the search postings are known to be in order (see <see cref="SearchIndex.PostingsInOrder"/>), or made
/// again from the articles.
/// </summary>
internal static class SchemaMigration
{
    public const int Current = 4;
    private const string VersionKey = "schema.version";

    public static void Run(LiteDatabase db)
    {
        var state = db.GetCollection(Indexes.State);
        var version = state.FindById(VersionKey)?["Value"].AsInt32 ?? 1;
        if (version >= Current)
        {
            return;
        }

        if (version < 2)
        {
            db.BeginTrans();
            try
            {
                ToVersion2(db);
                state.Upsert(new BsonDocument { ["_id"] = VersionKey, ["Value"] = 2 });
                db.Commit();
            }
            catch
            {
                db.Rollback();
                throw;
            }
        }

        if (version < 3)
        {
            // Version 3: the on-disk meeting keys are dropped. LiteDB drops a collection in a transaction of its own
            // (not inside one), so a stop between the steps leaves version 2, and the next start drops what is left.
            db.DropCollection(Indexes.MeetingKeys);
            db.DropCollection(Indexes.MeetingKeyPostings);
            state.Upsert(new BsonDocument { ["_id"] = VersionKey, ["Value"] = 3 });
        }

        // Version 4: /search reads each term's postings from the newest block down, passing over blocks by their
        // names, which needs the ids in order. Postings out of order (files from before ids were never reused) are
        // forgotten with the version's change, in one transaction, and made again from the articles when first used.
        var inOrder = SearchIndex.PostingsInOrder(db);
        db.BeginTrans();
        try
        {
            if (!inOrder)
            {
                SearchIndex.Forget(db);
            }

            state.Upsert(new BsonDocument { ["_id"] = VersionKey, ["Value"] = Current });
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    private static void ToVersion2(LiteDatabase db)
    {
        var actors = db.GetCollection<Actor>(Indexes.Actors).FindAll().ToDictionary(a => a.Id);
        var statements = new Dictionary<int, List<RoleStatement>>();
        foreach (var actor in actors.Values)
        {
            actor.ArticleIds = actor.ArticleIds.Where(id => id != 0).Distinct().Order().ToList();
            actor.ArticleCount = actor.ArticleIds.Count;
            IngestWriter.Trim(actor.ArticleIds, Actor.RecentLimit);
            foreach (var role in actor.Roles.Where(r => r.ArticleId != 0))
            {
                var list = statements.TryGetValue(role.ArticleId, out var known) ? known : statements[role.ArticleId] = [];
                list.Add(new RoleStatement { ActorId = actor.Id, Title = role.Title, Country = role.Country, Evidence = role.Evidence });
            }

            actor.Roles = actor.Roles
                .GroupBy(r => (r.Title, r.Country))
                .Select(g =>
                {
                    var newest = g.OrderBy(r => r.ArticleId).Last();
                    return new ActorRole { Title = newest.Title, Country = newest.Country, ArticleId = newest.ArticleId, Evidence = newest.Evidence, Count = g.Count() };
                })
                .ToList();
            actor.MeetingIds = [];
            actor.MeetingCount = 0;
        }

        foreach (var meeting in db.GetCollection<Meeting>(Indexes.Meetings).FindAll().OrderBy(m => m.Id).ToList())
        {
            foreach (var participant in meeting.ParticipantIds.Distinct())
            {
                if (actors.TryGetValue(participant, out var actor))
                {
                    actor.MeetingCount++;
                    actor.MeetingIds.Add(meeting.Id);
                    IngestWriter.Trim(actor.MeetingIds, Actor.RecentMeetingLimit);
                }
            }

            MeetingDocuments.Write(db, meeting);
        }

        db.GetCollection<Actor>(Indexes.Actors).Update(actors.Values);
        var articles = db.GetCollection<Article>(Indexes.Articles);
        foreach (var (id, list) in statements)
        {
            if (articles.FindById(id) is { } article)
            {
                article.Roles = list;
                articles.Update(article);
            }
        }
    }
}
