using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Articles, actors and meetings mapped to and from their documents by hand, field for field as LiteDB's reflection
/// mapper stores them (the same names and order, strings trimmed with empty ones stored as null, null members left
/// out, enums by name, dates as <see cref="Mapper"/> registers them), so files written before and after read alike.
/// The writer maps every changed actor and meeting once per batch: through reflection that was a tenth of its time
/// (a getter call, a boxed value and a chain of type tests per member), and the biggest single source of its garbage
/// after LiteDB's own index reads.
/// </summary>
/// <remarks>
/// Reading keeps the reflection mapper's rules as well: a member whose field is missing keeps its initial value, one
/// stored as null becomes null. <c>EntityBsonTests</c> compares both mappers on every member.
/// </remarks>
internal static class EntityBson
{
    public static void Register(BsonMapper mapper)
    {
        mapper.RegisterType<Article>(Serialize, ToArticle);
        mapper.RegisterType<Actor>(Serialize, ToActor);
        mapper.RegisterType<Meeting>(Serialize, ToMeeting);
    }

    public static BsonDocument Serialize(Article a)
    {
        var doc = new BsonDocument { ["_id"] = a.Id };
        Put(doc, "Title", a.Title);
        if (a.Published is { } published)
        {
            doc["Published"] = Mapper.Serialize(published);
        }

        doc["IngestedAt"] = Mapper.Serialize(a.IngestedAt);
        Put(doc, "Source", a.Source);
        Put(doc, "Url", a.Url);
        Put(doc, "File", a.File);
        Put(doc, "Body", a.Body);
        Put(doc, "Summary", a.Summary);
        Put(doc, "ContentHash", a.ContentHash);
        Put(doc, "ActorIds", a.ActorIds);
        Put(doc, "MeetingIds", a.MeetingIds);
        Put(doc, "Roles", a.Roles, Serialize);
        Put(doc, "AddedBy", a.AddedBy);
        return doc;
    }

    public static Article ToArticle(BsonValue value)
    {
        var doc = value.AsDocument;
        var a = new Article();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "_id": a.Id = v.AsInt32; break;
                case "Title": a.Title = Text(v)!; break;
                case "Published": a.Published = v.IsNull ? null : Mapper.ToDateOnly(v); break;
                case "IngestedAt": a.IngestedAt = Mapper.ToDateTimeOffset(v); break;
                case "Source": a.Source = Text(v); break;
                case "Url": a.Url = Text(v); break;
                case "File": a.File = Text(v); break;
                case "Body": a.Body = Text(v)!; break;
                case "Summary": a.Summary = Text(v)!; break;
                case "ContentHash": a.ContentHash = Text(v)!; break;
                case "ActorIds": a.ActorIds = Ids(v)!; break;
                case "MeetingIds": a.MeetingIds = Ids(v)!; break;
                case "Roles": a.Roles = List(v, ToRoleStatement)!; break;
                case "AddedBy": a.AddedBy = Text(v); break;
            }
        }

        return a;
    }

    public static BsonDocument Serialize(Actor a)
    {
        var doc = new BsonDocument { ["_id"] = a.Id, ["Kind"] = a.Kind.ToString() };
        Put(doc, "Name", a.Name);
        Put(doc, "Aliases", a.Aliases);
        Put(doc, "Keys", a.Keys);
        Put(doc, "Roles", a.Roles, Serialize);
        Put(doc, "Country", a.Country);
        doc["ArticleCount"] = a.ArticleCount;
        Put(doc, "ArticleIds", a.ArticleIds);
        doc["MeetingCount"] = a.MeetingCount;
        Put(doc, "MeetingIds", a.MeetingIds);
        doc["FirstSeen"] = Mapper.Serialize(a.FirstSeen);
        doc["LastSeen"] = Mapper.Serialize(a.LastSeen);
        return doc;
    }

    public static Actor ToActor(BsonValue value)
    {
        var doc = value.AsDocument;
        var a = new Actor();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "_id": a.Id = v.AsInt32; break;
                case "Kind": a.Kind = Enum<ActorKind>(v); break;
                case "Name": a.Name = Text(v)!; break;
                case "Aliases": a.Aliases = Texts(v)!; break;
                case "Keys": a.Keys = Texts(v)!; break;
                case "Roles": a.Roles = List(v, ToActorRole)!; break;
                case "Country": a.Country = Text(v); break;
                case "ArticleCount": a.ArticleCount = v.AsInt32; break;
                case "ArticleIds": a.ArticleIds = Ids(v)!; break;
                case "MeetingCount": a.MeetingCount = v.AsInt32; break;
                case "MeetingIds": a.MeetingIds = Ids(v)!; break;
                case "FirstSeen": a.FirstSeen = Mapper.ToDateTimeOffset(v); break;
                case "LastSeen": a.LastSeen = Mapper.ToDateTimeOffset(v); break;
            }
        }

        return a;
    }

    public static BsonDocument Serialize(Meeting m)
    {
        var doc = new BsonDocument { ["_id"] = m.Id, ["Kind"] = m.Kind.ToString() };
        Put(doc, "ParticipantIds", m.ParticipantIds);
        Put(doc, "Location", m.Location);
        Put(doc, "Date", m.Date);
        doc["Status"] = m.Status.ToString();
        doc["ReportCount"] = m.ReportCount;
        Put(doc, "Reports", m.Reports, Serialize);
        Put(doc, "ArticleIds", m.ArticleIds);
        doc["FirstReported"] = Mapper.Serialize(m.FirstReported);
        doc["StatusChanged"] = Mapper.Serialize(m.StatusChanged);
        return doc;
    }

    public static Meeting ToMeeting(BsonValue value)
    {
        var doc = value.AsDocument;
        var m = new Meeting();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "_id": m.Id = v.AsInt32; break;
                case "Kind": m.Kind = Enum<MeetingKind>(v); break;
                case "ParticipantIds": m.ParticipantIds = Ids(v)!; break;
                case "Location": m.Location = Text(v); break;
                case "Date": m.Date = Text(v); break;
                case "Status": m.Status = Enum<MeetingStatus>(v); break;
                case "ReportCount": m.ReportCount = v.AsInt32; break;
                case "Reports": m.Reports = List(v, ToMeetingReport)!; break;
                case "ArticleIds": m.ArticleIds = Ids(v)!; break;
                case "FirstReported": m.FirstReported = Mapper.ToDateTimeOffset(v); break;
                case "StatusChanged": m.StatusChanged = Mapper.ToDateTimeOffset(v); break;
            }
        }

        return m;
    }

    private static BsonDocument Serialize(RoleStatement s)
    {
        var doc = new BsonDocument { ["ActorId"] = s.ActorId };
        Put(doc, "Title", s.Title);
        Put(doc, "Country", s.Country);
        Put(doc, "Evidence", s.Evidence);
        return doc;
    }

    private static RoleStatement ToRoleStatement(BsonDocument doc)
    {
        var s = new RoleStatement();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "ActorId": s.ActorId = v.AsInt32; break;
                case "Title": s.Title = Text(v)!; break;
                case "Country": s.Country = Text(v); break;
                case "Evidence": s.Evidence = Text(v)!; break;
            }
        }

        return s;
    }

    private static BsonDocument Serialize(ActorRole r)
    {
        var doc = new BsonDocument();
        Put(doc, "Title", r.Title);
        Put(doc, "Country", r.Country);
        doc["ArticleId"] = r.ArticleId;
        Put(doc, "Evidence", r.Evidence);
        doc["Count"] = r.Count;
        return doc;
    }

    private static ActorRole ToActorRole(BsonDocument doc)
    {
        var r = new ActorRole();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "Title": r.Title = Text(v)!; break;
                case "Country": r.Country = Text(v); break;
                case "ArticleId": r.ArticleId = v.AsInt32; break;
                case "Evidence": r.Evidence = Text(v)!; break;
                case "Count": r.Count = v.AsInt32; break;
            }
        }

        return r;
    }

    private static BsonDocument Serialize(MeetingReport r)
    {
        var doc = new BsonDocument { ["ArticleId"] = r.ArticleId, ["Status"] = r.Status.ToString() };
        Put(doc, "Date", r.Date);
        Put(doc, "Location", r.Location);
        Put(doc, "Evidence", r.Evidence);
        doc["Published"] = Mapper.Serialize(r.Published);
        return doc;
    }

    private static MeetingReport ToMeetingReport(BsonDocument doc)
    {
        var r = new MeetingReport();
        foreach (var (name, v) in doc)
        {
            switch (name)
            {
                case "ArticleId": r.ArticleId = v.AsInt32; break;
                case "Status": r.Status = Enum<MeetingStatus>(v); break;
                case "Date": r.Date = Text(v); break;
                case "Location": r.Location = Text(v); break;
                case "Evidence": r.Evidence = Text(v)!; break;
                case "Published": r.Published = Mapper.ToDateOnly(v); break;
            }
        }

        return r;
    }

    // As the reflection mapper: a null member is left out; a string is trimmed, and stored as null when empty.
    private static void Put(BsonDocument doc, string name, string? value)
    {
        if (value is not null)
        {
            doc[name] = Text(value);
        }
    }

    private static BsonValue Text(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? BsonValue.Null : new BsonValue(trimmed);
    }

    private static void Put(BsonDocument doc, string name, List<int>? ids)
    {
        if (ids is null)
        {
            return;
        }

        var array = new BsonValue[ids.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = ids[i];
        }

        doc[name] = new BsonArray(array);
    }

    private static void Put(BsonDocument doc, string name, List<string>? texts)
    {
        if (texts is not null)
        {
            doc[name] = new BsonArray(texts.Select(t => t is null ? BsonValue.Null : Text(t)));
        }
    }

    private static void Put<T>(BsonDocument doc, string name, List<T>? items, Func<T, BsonDocument> serialize)
        where T : class
    {
        if (items is not null)
        {
            doc[name] = new BsonArray(items.Select(i => i is null ? BsonValue.Null : serialize(i)));
        }
    }

    private static string? Text(BsonValue v) => v.IsNull ? null : v.AsString;

    private static TEnum Enum<TEnum>(BsonValue v)
        where TEnum : struct, Enum =>
        v.IsString ? System.Enum.Parse<TEnum>(v.AsString) : (TEnum)(object)v.AsInt32;

    private static List<int>? Ids(BsonValue v)
    {
        if (v.IsNull)
        {
            return null;
        }

        var array = v.AsArray;
        var ids = new List<int>(array.Count);
        foreach (var id in array)
        {
            ids.Add(id.AsInt32);
        }

        return ids;
    }

    private static List<string>? Texts(BsonValue v) => v.IsNull ? null : [.. v.AsArray.Select(t => Text(t)!)];

    private static List<T>? List<T>(BsonValue v, Func<BsonDocument, T> read)
        where T : class =>
        v.IsNull ? null : [.. v.AsArray.Select(i => i.IsNull ? null! : read(i.AsDocument))];
}
