using System.Globalization;
using System.Text;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Writes one outlet's article about a story: a lead with the meeting and a relative date, people introduced
/// with roles and countries then by surname, quotes, an analyst, background until the story's length, and the
/// outlet's boilerplate. Other outlets' copies share most background text but differ in lead, title, spelling.
/// </summary>
internal static class ArticleWriter
{
    public static string Write(CorpusGenerator corpus, (Story Story, int Copy) placement, int index)
    {
        var (story, copy) = placement;
        // About one repost in a hundred is an earlier copy word for word (under a new address).
        var repost = copy > 0 && corpus.RandomFor(5, index).Next(100) == 0;
        var outletIndex = ((story.Id * 7) + ((repost ? copy - 1 : copy) * 3)) % NameTables.Outlets.Count;
        var outlet = NameTables.Outlets[outletIndex];
        var random = corpus.RandomFor(4, (story.Id * 8) + (repost ? copy - 1 : copy));
        var arrival = CorpusGenerator.ArrivalOf(index);
        var published = DateOnly.FromDateTime(arrival.UtcDateTime).AddDays(random.Next(5) == 0 ? -1 : 0);
        var names = new NameStyle(outletIndex, outlet.Ascii);
        var body = Body(corpus, story, names, published, random, outlet.Name);

        var text = new StringBuilder(story.TargetBytes + 400);
        text.Append("---\ntitle: ").Append(Title(story, names, random)).Append('\n');
        text.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("source: ").Append(outlet.Name).Append('\n');
        text.Append("url: https://").Append(outlet.Domain).Append('/').Append(published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture))
            .Append("/story-").Append(story.Id).Append('-').Append(index).Append('\n');
        text.Append("---\n").Append(body);
        return text.ToString();
    }

    private static string Title(Story story, NameStyle names, Random random)
    {
        var a = story.Participants[0];
        var b = story.Participants[1];
        return (story.Status, random.Next(2)) switch
        {
            ("held", 0) => $"{names.Family(a)} and {names.Family(b)} hold {story.Kind} in {story.City}",
            ("held", _) => $"{a.Country.Adjective} and {b.Country.Adjective} officials meet in {story.City} over {story.Topics[0]}",
            ("planned", 0) => $"{names.Family(a)} to travel to {story.City} for {story.Kind} with {names.Family(b)}",
            ("planned", _) => $"{a.Country.Name} and {b.Country.Name} plan {story.Kind} on {story.Topics[0]}",
            ("postponed", _) => $"{story.City} {story.Kind} between {names.Family(a)} and {names.Family(b)} postponed",
            _ => $"{names.Family(a)} calls off {story.City} {story.Kind}",
        };
    }

    private static string Body(CorpusGenerator corpus, Story story, NameStyle names, DateOnly published, Random random, string outlet)
    {
        var a = story.Participants[0];
        var b = story.Participants[1];
        var when = RelativeDates.Phrase(published, story.DayOffset, random);
        var with = story.Participants.Count > 2 ? $"{names.Intro(b)} and {names.Intro(story.Participants[2])}" : names.Intro(b);
        var lead = (story.Status, random.Next(2)) switch
        {
            ("held", 0) => $"{names.Intro(a)} held {story.Kind} with {with} in {story.City} {when}, officials said.",
            ("held", _) => $"{names.Intro(a)} met {with} in {story.City} {when} for {story.Kind} on {story.Topics[0]}.",
            ("planned", 0) => $"{names.Intro(a)} will travel to {story.City} {when} for {story.Kind} with {with}.",
            ("planned", _) => $"{names.Intro(a)} is expected to meet {with} in {story.City} {when}, his office said.",
            ("postponed", _) => $"{story.Kind.ToUpperInvariant()[..1]}{story.Kind[1..]} between {names.Intro(a)} and {with}, planned in {story.City} {when}, have been postponed.",
            _ => $"{names.Intro(a)} has cancelled a planned trip to {story.City}, where {with} was to host {story.Kind} {when}.",
        };

        var text = new StringBuilder(story.TargetBytes + 400);
        text.Append(lead).Append("\n\n");
        text.Append('“').Append(Fill(Pick(random, Phrasebook.Quotes), story, random)).Append(",” ").Append(names.Family(a)).Append(" told reporters.\n\n");
        text.Append(names.Family(b)).Append(" said the two sides had discussed ").Append(story.Topics[0]);
        text.Append(story.Topics.Count > 1 ? $" and {story.Topics[1]}" : "").Append(".\n\n");
        foreach (var other in story.Others)
        {
            text.Append(names.Intro(other)).Append(" said separately that ").Append(Fill("{T} was {A}", story, random)).Append(".\n\n");
        }

        var analyst = story.Analyst;
        text.Append(names.Full(analyst)).Append(", a ").Append(analyst.Country.Capital).Append("-based political analyst, said the ")
            .Append(story.Kind).Append(" showed both sides wanted to ").Append(Fill("{V} the dispute over {T}.", story, random)).Append("\n\n");

        // Background shared by every outlet's copy of the story, so copies are near-duplicates.
        var shared = corpus.RandomFor(6, story.Id);
        var paragraphs = 0;
        while (text.Length < story.TargetBytes)
        {
            for (var s = 0; s < 3; s++)
            {
                var sentence = Fill(Pick(shared, Phrasebook.Background), story, shared);
                text.Append(random.Next(6) == 0 ? Fill(Pick(random, Phrasebook.Background), story, random) : sentence).Append(' ');
            }

            text.Append("\n\n");
            if (++paragraphs == 3)
            {
                text.Append(Pick(random, Phrasebook.Boilerplate)).Append("\n\n");
            }
        }

        text.Append("Subscribe to ").Append(outlet).Append(" for daily briefings.\n");
        if (random.Next(4) == 0)
        {
            text.Append("\nComments (").Append(random.Next(2, 90)).Append(")\nReader: ").Append(Fill("{T} again? Nothing will change.", story, random)).Append('\n');
        }

        return text.ToString();
    }

    private static string Fill(string template, Story story, Random random)
    {
        var a = story.Participants[0].Country;
        var b = story.Participants[1].Country;
        return template
            .Replace("{T}", story.Topics[random.Next(story.Topics.Count)], StringComparison.Ordinal)
            .Replace("{U}", Pick(random, Phrasebook.Topics), StringComparison.Ordinal)
            .Replace("{A}", Pick(random, Phrasebook.Adjectives), StringComparison.Ordinal)
            .Replace("{N}", Pick(random, Phrasebook.Nouns), StringComparison.Ordinal)
            .Replace("{V}", Pick(random, Phrasebook.Verbs), StringComparison.Ordinal)
            .Replace("{P}", Pick(random, Phrasebook.Periods), StringComparison.Ordinal)
            .Replace("{C1}", a.Name, StringComparison.Ordinal)
            .Replace("{C2}", b.Name, StringComparison.Ordinal)
            .Replace("{K}", random.Next(2) == 0 ? a.Capital : b.Capital, StringComparison.Ordinal)
            .Replace("{M}", Pick(random, Phrasebook.Months), StringComparison.Ordinal)
            .Replace("{X}", Pick(random, Phrasebook.Numbers), StringComparison.Ordinal)
            .Replace("{D}", random.Next(2, 900).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
