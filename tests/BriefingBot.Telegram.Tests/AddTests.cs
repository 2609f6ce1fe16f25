using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Telegram.Tests.Fakes;
using BriefingBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static BriefingBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace BriefingBot.Telegram.Tests;

public sealed class AddTests : IAsyncLifetime
{
    private const long ModeratorChat = BotHarness.Moderator;
    private const long GroupChat = -100555;
    private const string Article = "Lavrov meets Fidan in Ankara\n\nRussian Foreign Minister Sergey Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday.";

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_moderator_adds_the_text_after_add_and_gets_a_receipt()
    {
        _bot.Api.Enqueue("message", Message(PrivateChat(ModeratorChat), BotHarness.Moderator, "/add " + Article));

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.StartsWith("Added #1: Lavrov meets Fidan in Ankara", receipt.Visible, StringComparison.Ordinal);
        var stored = await _bot.Knowledge.GetArticleAsync(1, default);
        Assert.Contains("Hakan Fidan", stored!.Body);
        Assert.Equal("telegram:1001", stored.AddedBy);
    }

    [Fact]
    public async Task Adding_the_same_text_again_says_already_indexed()
    {
        _bot.Api.Enqueue("message", Message(PrivateChat(ModeratorChat), BotHarness.Moderator, "/add " + Article));
        await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);
        _bot.Api.Enqueue("message", Message(PrivateChat(ModeratorChat), BotHarness.Moderator, "/add " + Article, messageId: 2));

        var second = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat && m.Visible.StartsWith("Already", StringComparison.Ordinal));

        Assert.StartsWith("Already indexed as #1", second.Visible, StringComparison.Ordinal);
        Assert.Equal(1, await _bot.Knowledge.CountArticlesAsync(default));
    }

    [Fact]
    public async Task A_reply_with_add_takes_the_forwarded_text_its_origin_and_date()
    {
        var posted = new DateTimeOffset(2024, 3, 9, 10, 0, 0, TimeSpan.Zero);
        var forwarded = Message(Group(GroupChat), 7, null, messageId: 40);
        forwarded["caption"] = Article;
        forwarded["forward_origin"] = new JsonObject
        {
            ["type"] = "channel",
            ["date"] = posted.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = -100999, ["type"] = "channel", ["title"] = "Anadolu Agency" },
            ["message_id"] = 5,
        };
        var command = Message(Group(GroupChat), BotHarness.Moderator, "/add", messageId: 41);
        command["reply_to_message"] = forwarded;
        _bot.Api.Enqueue("message", command);

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == GroupChat);

        Assert.StartsWith("Added #1", receipt.Visible, StringComparison.Ordinal);
        var stored = await _bot.Knowledge.GetArticleAsync(1, default);
        Assert.Equal("Anadolu Agency", stored!.Source);
        Assert.Equal(new DateOnly(2024, 3, 9), stored.Published);
    }

    [Fact]
    public async Task A_document_with_the_caption_add_is_downloaded_and_added()
    {
        _bot.Api.AddFile("doc-1", Encoding.UTF8.GetBytes("---\ntitle: Talks in Istanbul\npublished: 2022-03-29\n---\n" + Article));
        var message = Message(PrivateChat(ModeratorChat), BotHarness.Moderator, null);
        message["caption"] = "/add";
        message["document"] = new JsonObject { ["file_id"] = "doc-1", ["file_unique_id"] = "udoc-1", ["file_name"] = "talks.md", ["mime_type"] = "text/markdown" };
        _bot.Api.Enqueue("message", message);

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.StartsWith("Added #1: Talks in Istanbul", receipt.Visible, StringComparison.Ordinal);
        Assert.Single(_bot.Api.Calls("getFile"));
        Assert.Equal(new DateOnly(2022, 3, 29), (await _bot.Knowledge.GetArticleAsync(1, default))!.Published);
    }

    [Fact]
    public async Task An_html_document_is_added_by_its_main_text()
    {
        _bot.Api.AddFile("doc-html", Encoding.UTF8.GetBytes(Html.NewsPage));
        var message = Message(PrivateChat(ModeratorChat), BotHarness.Moderator, null);
        message["caption"] = "/add";
        message["document"] = new JsonObject { ["file_id"] = "doc-html", ["file_unique_id"] = "udoc-html", ["file_name"] = "talks.html", ["mime_type"] = "text/html" };
        _bot.Api.Enqueue("message", message);

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.StartsWith("Added #1: Lavrov and Fidan hold talks in Ankara", receipt.Visible, StringComparison.Ordinal);
        var stored = (await _bot.Knowledge.GetArticleAsync(1, default))!;
        Assert.Contains("Sergey Lavrov met his Turkish counterpart", stored.Body);
        Assert.DoesNotContain("<p>", stored.Body);
        Assert.DoesNotContain("Subscribe to our newsletter", stored.Body);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused()
    {
        await _bot.StopBotAsync();
        await _bot.StartBotAsync(new() { ["Telegram:MaxDocumentBytes"] = "100" });
        _bot.Api.AddFile("doc-big", Encoding.UTF8.GetBytes(Article + Article));
        var message = Message(PrivateChat(ModeratorChat), BotHarness.Moderator, null);
        message["caption"] = "/add";

        // No file_size in the message, so only the download itself can find out.
        message["document"] = new JsonObject { ["file_id"] = "doc-big", ["file_unique_id"] = "udoc-big", ["file_name"] = "big.txt" };
        _bot.Api.Enqueue("message", message);

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.StartsWith("big.txt is larger than", reply.Visible, StringComparison.Ordinal);
        Assert.Equal(0, await _bot.Knowledge.CountArticlesAsync(default));
    }

    [Fact]
    public async Task A_document_of_another_kind_is_refused_without_downloading()
    {
        var message = Message(PrivateChat(ModeratorChat), BotHarness.Moderator, null);
        message["caption"] = "/add";
        message["document"] = new JsonObject { ["file_id"] = "doc-2", ["file_unique_id"] = "udoc-2", ["file_name"] = "report.pdf" };
        _bot.Api.Enqueue("message", message);

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.Contains("only add .txt, .md or .html", reply.Visible);
        Assert.Empty(_bot.Api.Calls("getFile"));
        Assert.Equal(0, await _bot.Knowledge.CountArticlesAsync(default));
    }

    [Fact]
    public async Task Add_with_a_url_fetches_the_page_and_extracts_its_article()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/news/talks", () => Results.Content(Html.NewsPage, "text/html; charset=utf-8"));
            app.MapGet("/short", context =>
            {
                context.Response.Redirect("/news/talks");
                return Task.CompletedTask;
            });
        });
        _bot.Api.Enqueue("message", Message(PrivateChat(ModeratorChat), BotHarness.Moderator, $"/add {site.At("/short")}"));

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == ModeratorChat);

        Assert.StartsWith("Added #1: Lavrov and Fidan hold talks in Ankara", receipt.Visible, StringComparison.Ordinal);
        var stored = await _bot.Knowledge.GetArticleAsync(1, default);
        Assert.Contains("Sergey Lavrov met his Turkish counterpart", stored!.Body);
        Assert.DoesNotContain("Subscribe to our newsletter", stored.Body);
        Assert.Equal(site.At("/news/talks").ToString(), stored.Url);
    }

    [Fact]
    public async Task A_non_moderator_is_refused_politely_and_the_store_is_unchanged()
    {
        _bot.Api.AddFile("doc-3", Encoding.UTF8.GetBytes(Article));
        _bot.Api.Enqueue("message", Message(Group(GroupChat), BotHarness.Reader, "/add " + Article));
        var document = Message(Group(GroupChat), BotHarness.Reader, null, messageId: 2);
        document["caption"] = "/add";
        document["document"] = new JsonObject { ["file_id"] = "doc-3", ["file_unique_id"] = "udoc-3", ["file_name"] = "a.txt" };
        _bot.Api.Enqueue("message", document);

        await _bot.Api.WaitForAsync(m => _bot.Api.SentTo(GroupChat).Count == 2);

        Assert.All(_bot.Api.SentTo(GroupChat), m => Assert.Equal("Sorry, only moderators can use /add. Nothing was changed.", m.Visible));
        Assert.Equal(0, await _bot.Knowledge.CountArticlesAsync(default));
        Assert.Empty(_bot.Api.Calls("getFile"));
    }

    [Fact]
    public async Task A_group_administrator_moderates_in_that_group()
    {
        _bot.Api.SetMember(GroupChat, 3003, "administrator");
        _bot.Api.Enqueue("message", Message(Group(GroupChat), 3003, "/add " + Article));

        var receipt = await _bot.Api.WaitForAsync(m => m.ChatId == GroupChat);

        Assert.StartsWith("Added #1", receipt.Visible, StringComparison.Ordinal);
        Assert.Single(_bot.Api.Calls("getChatMember"));
    }
}
