using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// Articles, actors and meetings are mapped by hand (<see cref="EntityBson"/>); files written by LiteDB's reflection
/// mapper before must read the same, and what is written now must be what that mapper wrote: the same fields in the
/// same order with the same values, for every member, set, empty, blank or null.
/// </summary>
public sealed class EntityBsonTests
{
    private static readonly BsonMapper s_reflection = Reflection();
    private static readonly BsonMapper s_byHand = ByHand();

    public static TheoryData<string> Shapes => ["full", "blank", "empty", "nulls"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void An_article_is_written_and_read_as_the_reflection_mapper_does(string shape)
    {
        var article = ArticleOf(shape);

        AssertSameDocuments<Article>(article);
        AssertSameObjects(s_reflection.ToDocument(article), s_reflection.ToObject<Article>, s_byHand.ToObject<Article>);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void An_actor_is_written_and_read_as_the_reflection_mapper_does(string shape)
    {
        var actor = ActorOf(shape);

        AssertSameDocuments<Actor>(actor);
        AssertSameObjects(s_reflection.ToDocument(actor), s_reflection.ToObject<Actor>, s_byHand.ToObject<Actor>);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_meeting_is_written_and_read_as_the_reflection_mapper_does(string shape)
    {
        var meeting = MeetingOf(shape);

        AssertSameDocuments<Meeting>(meeting);
        AssertSameObjects(s_reflection.ToDocument(meeting), s_reflection.ToObject<Meeting>, s_byHand.ToObject<Meeting>);
    }

    [Fact]
    public void Missing_fields_keep_their_initial_values_and_enums_stored_as_numbers_are_read()
    {
        var doc = new BsonDocument { ["_id"] = 7, ["Kind"] = (int)ActorKind.Organization };

        var actor = s_byHand.ToObject<Actor>(doc);

        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.Equal("", actor.Name);
        Assert.Empty(actor.Aliases);
        Assert.Equal(Json(s_reflection.ToDocument(s_reflection.ToObject<Actor>(doc))), Json(s_byHand.ToDocument(actor)));
    }

    [Fact]
    public void The_store_writes_documents_the_reflection_mapper_reads()
    {
        using var file = new TempDataFile("entity-bson");
        var actor = ActorOf("full");
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            context.Database.GetCollection<Actor>(Indexes.Actors).Insert(actor);
        }

        using var db = new LiteDatabase($"Filename={file.Path};Connection=direct", s_reflection);
        var read = db.GetCollection<Actor>(Indexes.Actors).FindById(actor.Id);

        Assert.Equal(Json(s_reflection.ToDocument(actor)), Json(s_reflection.ToDocument(read)));
    }

    private static void AssertSameDocuments<T>(T entity) =>
        Assert.Equal(Json(s_reflection.ToDocument(entity)), Json(s_byHand.ToDocument(entity)));

    // Read back by both mappers, then written by the reflection one: equal documents mean equal members.
    private static void AssertSameObjects<T>(BsonDocument stored, Func<BsonDocument, T> reflection, Func<BsonDocument, T> byHand) =>
        Assert.Equal(Json(s_reflection.ToDocument(reflection(stored))), Json(s_reflection.ToDocument(byHand(stored))));

    // Field order included: JSON text lists the fields as the document holds them.
    private static string Json(BsonDocument doc) => JsonSerializer.Serialize(doc);

    private static BsonMapper Reflection()
    {
        var mapper = new BsonMapper();
        Mapper.RegisterValues(mapper);
        return mapper;
    }

    private static BsonMapper ByHand()
    {
        var mapper = new BsonMapper();
        Mapper.RegisterMappings(mapper);
        return mapper;
    }

    private static string? Text(string shape, string full) => shape switch
    {
        "full" => "  " + full + " ",
        "blank" => "   ",
        "empty" => "",
        _ => null,
    };

    private static Article ArticleOf(string shape) => new()
    {
        Id = 12,
        Title = Text(shape, "Talks in Oslo")!,
        Published = shape == "nulls" ? null : new DateOnly(2026, 3, 2),
        IngestedAt = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(2)),
        Source = Text(shape, "Nordic Wire"),
        Url = Text(shape, "https://example.org/a"),
        File = Text(shape, "a.txt"),
        Body = Text(shape, "Body text.")!,
        Summary = Text(shape, "Summary.")!,
        ContentHash = Text(shape, "abc123")!,
        ActorIds = shape == "nulls" ? null! : shape == "empty" ? [] : [3, 0, 9],
        MeetingIds = shape == "nulls" ? null! : [4],
        Roles = shape == "nulls" ? null! : shape == "empty" ? [] :
        [
            new RoleStatement { ActorId = 3, Title = Text(shape, "foreign minister")!, Country = Text(shape, "Norway"), Evidence = Text(shape, "Said so.")! },
            null!,
        ],
        AddedBy = Text(shape, "console"),
    };

    private static Actor ActorOf(string shape) => new()
    {
        Id = 5,
        Kind = ActorKind.Person,
        Name = Text(shape, "Ingrid Halvorsen")!,
        Aliases = shape == "nulls" ? null! : shape == "empty" ? [] : [Text(shape, "Halvorsen")!, null!, ""],
        Keys = shape == "nulls" ? null! : ["n:halvorsen", Text(shape, "ingrid halvorsen")!],
        Roles = shape == "nulls" ? null! :
        [
            new ActorRole { Title = Text(shape, "minister")!, Country = Text(shape, "Norway"), ArticleId = 12, Evidence = Text(shape, "She said.")!, Count = 3 },
        ],
        Country = Text(shape, "Norway"),
        ArticleCount = 41,
        ArticleIds = shape == "nulls" ? null! : [1, 2, 12],
        MeetingCount = 2,
        MeetingIds = shape == "nulls" ? null! : shape == "empty" ? [] : [4, 8],
        FirstSeen = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero),
    };

    private static Meeting MeetingOf(string shape) => new()
    {
        Id = 4,
        Kind = MeetingKind.Talks,
        ParticipantIds = shape == "nulls" ? null! : [5, 6],
        Location = Text(shape, "Oslo"),
        Date = Text(shape, "2026-03-04"),
        Status = MeetingStatus.Planned,
        ReportCount = 2,
        Reports = shape == "nulls" ? null! : shape == "empty" ? [] :
        [
            new MeetingReport { ArticleId = 12, Status = MeetingStatus.Held, Date = Text(shape, "2026-03-04"), Location = Text(shape, "Oslo"), Evidence = Text(shape, "They met.")!, Published = new DateOnly(2026, 3, 2) },
        ],
        ArticleIds = shape == "nulls" ? null! : [12],
        FirstReported = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
        StatusChanged = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
    };
}
