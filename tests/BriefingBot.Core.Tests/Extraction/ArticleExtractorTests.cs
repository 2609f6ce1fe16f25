using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly DateOnly s_published = new(2023, 5, 10); // a Wednesday

    private static ArticleExtraction Read(string file) =>
        new ArticleExtractor().Extract(new ArticleDraft(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", file))), s_published);

    private static ExtractedActor Person(ArticleExtraction result, string name) =>
        Assert.Single(result.Actors, a => a.Kind == ActorKind.Person && a.Name == name);

    [Fact]
    public void Titled_mentions_give_role_and_country()
    {
        var result = Read("japan_india_visit.txt");
        var kishida = Person(result, "Fumio Kishida");
        Assert.Contains(kishida.Roles, r => r.Title == "Prime Minister" && r.Country == "Japan");
        var jaishankar = Person(result, "Subrahmanyam Jaishankar");
        Assert.Contains(jaishankar.Roles, r => r.Title == "External Affairs Minister" && r.Country == "India");
    }

    [Fact]
    public void Counterpart_inherits_the_role_of_the_person_it_refers_to()
    {
        var modi = Person(Read("japan_india_visit.txt"), "Narendra Modi");
        Assert.Contains(modi.Roles, r => r.Title == "Prime Minister" && r.Country == "India");
    }

    [Fact]
    public void Surname_only_mentions_resolve_to_the_full_name()
    {
        var kishida = Person(Read("japan_india_visit.txt"), "Fumio Kishida");
        Assert.Contains("Kishida", kishida.Aliases);
    }

    [Fact]
    public void Apposition_gives_the_role_of_a_quoted_speaker()
    {
        var takeda = Person(Read("japan_india_visit.txt"), "Rina Takeda");
        Assert.Contains(takeda.Roles, r => r.Title.Contains("political analyst", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_comments_and_prompts_produce_no_actors()
    {
        var result = Read("japan_india_visit.txt");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Harris", StringComparison.Ordinal));
        Assert.Equal(5, result.Actors.Count(a => a.Kind == ActorKind.Person));
    }

    [Fact]
    public void Planned_visit_next_month_resolves_to_a_month()
    {
        var result = Read("japan_india_visit.txt");
        var visit = Assert.Single(result.Meetings, m => m.Participants.Any(p => result.Actors[p].Name == "Narendra Modi"));
        Assert.Equal(MeetingStatus.Planned, visit.Status);
        Assert.Equal("New Delhi", visit.Location);
        Assert.Equal("2023-06", visit.Date?.ToString());
    }

    [Fact]
    public void Phone_call_days_ago_is_held_on_that_day()
    {
        var result = Read("japan_india_visit.txt");
        var call = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Call);
        Assert.Equal(MeetingStatus.Held, call.Status);
        Assert.Equal("2023-05-06", call.Date?.ToString());
    }

    [Fact]
    public void Names_with_particles_and_bracketed_insertions_are_one_person()
    {
        var result = Read("saudi_french_call.txt");
        var prince = Person(result, "Mohammed bin Salman");
        Assert.Contains(prince.Roles, r => r.Title == "Crown Prince" && r.Country == "Saudi Arabia");
        Assert.Single(result.Actors, a => a.Kind == ActorKind.Person && a.Name.Contains("Hagen", StringComparison.Ordinal));
    }

    [Fact]
    public void Called_off_talks_are_cancelled_and_sunday_is_resolved_backwards()
    {
        var result = Read("saudi_french_call.txt");
        var call = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Call);
        Assert.Equal("2023-05-07", call.Date?.ToString());
        Assert.Contains(result.Meetings, m => m.Status == MeetingStatus.Cancelled);
    }
}
