using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;
using BriefingBot.Storage;
using LiteDB;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class RendererTests
{
    private static int EmbedSize(JsonNode embed) =>
        (embed["title"]?.GetValue<string>().Length ?? 0)
        + (embed["description"]?.GetValue<string>().Length ?? 0)
        + (embed["fields"]?.AsArray().Sum(f => f!["name"]!.GetValue<string>().Length + f["value"]!.GetValue<string>().Length) ?? 0);

    private static void AssertValid(JsonObject message)
    {
        var errors = OpenApiValidator.Discord.Validate("POST", "/channels/1/messages", message);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_long_list_is_split_across_messages_within_discords_limits()
    {
        var items = Enumerable.Range(1, 400).Select(i => (IReadOnlyList<Span>)[Span.Bold($"Meeting {i}"), new Span(" — Lavrov and Fidan held talks in Ankara about grain exports and the Black Sea.")]).ToList();
        var reply = Reply.Of(new HeadingBlock("Meetings of Sergey Lavrov"), new ListBlock(items));

        var messages = DiscordMessageRenderer.Render(reply, []);

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            AssertValid(message);
            var embeds = message["embeds"]!.AsArray();
            Assert.InRange(embeds.Count, 1, 10);
            Assert.True(embeds.Sum(e => EmbedSize(e!)) <= 6000);
            Assert.All(embeds, e => Assert.True(e!["description"]!.GetValue<string>().Length <= 4096));
        }

        var all = string.Join("\n", messages.SelectMany(m => m["embeds"]!.AsArray()).Select(e => e!["description"]!.GetValue<string>()));
        Assert.Contains("Meeting 1**", all, StringComparison.Ordinal);
        Assert.Contains("Meeting 400**", all, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_25_fields_continue_in_another_embed()
    {
        var blocks = new List<ReplyBlock> { new HeadingBlock("Card") };
        blocks.AddRange(Enumerable.Range(1, 40).Select(i => new FieldBlock($"Field {i}", new string('x', 300))));

        var messages = DiscordMessageRenderer.Render(new Reply(blocks), []);

        var embeds = messages.SelectMany(m => m["embeds"]!.AsArray()).ToList();
        Assert.Equal(40, embeds.Sum(e => e!["fields"]!.AsArray().Count));
        Assert.All(embeds, e => Assert.True(e!["fields"]!.AsArray().Count <= 25));
        Assert.All(messages, m => Assert.True(m["embeds"]!.AsArray().Sum(e => EmbedSize(e!)) <= 6000));
        Assert.All(messages, AssertValid);
    }

    [Fact]
    public void Plain_text_longer_than_2000_characters_is_split_into_several_messages()
    {
        var reply = new Reply([.. Enumerable.Range(1, 100).Select(i => (ReplyBlock)new ParagraphBlock($"Paragraph {i}: the ministers agreed to meet again next month in Geneva."))]);

        var messages = DiscordMessageRenderer.Render(reply, []);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m["content"]!.GetValue<string>().Length <= 2000));
        Assert.All(messages, AssertValid);
    }

    [Fact]
    public void Markdown_in_dynamic_text_is_escaped_and_styles_applied()
    {
        var reply = Reply.Of(new ParagraphBlock(new Span("*not bold* _x_ [link](http://evil)"), Span.Bold("Lavrov"), Span.Code("a`b"), Span.Link("source", "https://news.example/a_(b)")));

        var content = DiscordMessageRenderer.Render(reply, [])[0]["content"]!.GetValue<string>();

        Assert.StartsWith(@"\*not bold\* \_x\_ \[link\]\(http://evil\)**Lavrov**`aˋb`[source](https://news.example/a_(b%29)", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_become_components_and_private_replies_ephemeral()
    {
        var reply = Reply.Text("Did you mean?") with { Private = true, Buttons = [new ReplyButton("Sergey Lavrov", "/who Sergey Lavrov")] };

        var message = DiscordMessageRenderer.Render(reply, ["run:/who Sergey Lavrov"])[0];

        Assert.Equal(64, message["flags"]!.GetValue<int>());
        var button = message["components"]![0]!["components"]![0]!;
        Assert.Equal("run:/who Sergey Lavrov", button["custom_id"]!.GetValue<string>());
        AssertValid(message);
    }

    [Fact]
    public async Task A_long_button_command_travels_as_a_short_token_and_comes_back()
    {
        var state = new LiteDbBotStateStore(new LiteDbContext(new LiteDatabase(new MemoryStream())));
        var command = "/meetings " + new string('x', 150);

        var id = await new ButtonCommands(state).IdForAsync(command, CancellationToken.None);

        Assert.True(id.Length <= 100);
        Assert.Equal(command, await new ButtonCommands(state).CommandForAsync(id, CancellationToken.None));
    }

    [Fact]
    public void Slash_options_are_written_as_a_user_would_type_them()
    {
        var options = new JsonArray(
            new JsonObject { ["name"] = "topic", ["value"] = "Turkey" },
            new JsonObject { ["name"] = "time", ["value"] = "09:00" },
            new JsonObject { ["name"] = "frequency", ["value"] = "weekly" },
            new JsonObject { ["name"] = "timezone", ["value"] = "Europe/Istanbul" },
            new JsonObject { ["name"] = "day", ["value"] = "mon" });

        Assert.Equal("weekly mon 09:00 Europe/Istanbul topic:Turkey", DiscordCommandCatalog.Arguments("subscribe", options));
        Assert.Equal("Turkey", DiscordCommandCatalog.Arguments("meetings", new JsonArray(new JsonObject { ["name"] = "name", ["value"] = "Turkey" })));
        Assert.Equal("12", DiscordCommandCatalog.Arguments("article", new JsonArray(new JsonObject { ["name"] = "id", ["value"] = 12 })));
    }
}
