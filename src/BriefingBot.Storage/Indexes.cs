using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Subscriptions;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Collection names and the indexes every lookup relies on.</summary>
internal static class Indexes
{
    public const string Articles = "articles";
    public const string Actors = "actors";
    public const string Meetings = "meetings";
    public const string Chats = "chats";
    public const string State = "state";
    /// <summary>Per-article term lists of files written before <see cref="Postings"/>; no longer written.</summary>
    public const string ArticleTerms = "article_terms";
    public const string Postings = "search_postings";
    /// <summary>Meeting keys of files before schema version 3 (now in memory); dropped by the migration.</summary>
    public const string MeetingKeys = "meeting_keys";
    public const string MeetingKeyPostings = "meeting_key_postings";
    public const string Subscriptions = "subscriptions";
    public const string Deliveries = "deliveries";

    private const string ParticipantIdsIndex = "ParticipantIds";
    private const string ActorKeysIndex = "Keys";
    private const string ActorCountryIndex = "Country";

    public static void Ensure(LiteDatabase db)
    {
        var articles = db.GetCollection<Article>(Articles);
        articles.EnsureIndex(a => a.ContentHash, unique: true);
        articles.EnsureIndex(a => a.Url);
        articles.EnsureIndex(a => a.IngestedAt);

        // Files written before this version indexed actors by key and by country. Lookups by either go through the
        // in-memory actor index (ActorIndex), and keeping them cost every actor written a walk of its index entries.
        var actors = db.GetCollection<Actor>(Actors);
        actors.DropIndex(ActorKeysIndex);
        actors.DropIndex(ActorCountryIndex);

        var meetings = db.GetCollection<Meeting>(Meetings);
        // Files written before this version indexed meetings by participant. Nothing reads that index (matching asks the
        // in-memory meeting index, queries an actor's own newest meetings), and keeping it cost every new or joined
        // meeting a node per participant: 28 KB allocated and 2 KB written per ingested article.
        meetings.DropIndex(ParticipantIdsIndex);
        meetings.EnsureIndex(MeetingDocuments.StatusKey, "$." + MeetingDocuments.StatusKey);
        meetings.EnsureIndex(m => m.StatusChanged);

        db.GetCollection<Subscription>(Subscriptions).EnsureIndex(s => s.ChatKey);
        var deliveries = db.GetCollection<Delivery>(Deliveries);
        deliveries.EnsureIndex(d => d.ChatKey);
        deliveries.EnsureIndex(d => d.State);
        deliveries.EnsureIndex(DeliveryClaims.Index, DeliveryClaims.Expression);
    }
}
