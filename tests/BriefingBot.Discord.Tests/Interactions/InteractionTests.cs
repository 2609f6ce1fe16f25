using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Articles;
using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class InteractionTests
{
    private static bool IsCallback(RecordedRequest r) => r.Path.EndsWith("/callback", StringComparison.Ordinal);

    private static bool IsOriginalEdit(RecordedRequest r) => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal);

    private static string AllText(JsonNode? message) => message?.ToJsonString() ?? "";

    [Fact]
    public async Task Who_autocomplete_offers_actor_names_from_the_store()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        await bot.SeedActorAsync("Sergey Lavrov", "Foreign Minister", "Russia");
        await bot.SeedActorAsync("Sergei Shoigu", "Defence Minister", "Russia");
        await bot.SeedActorAsync("Mevlüt Çavuşoğlu", "Foreign Minister", "Turkey");

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Autocomplete("who", "name", "ser"));
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);

        Assert.Equal(8, callback.Body!["type"]!.GetValue<int>());
        var names = callback.Body!["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["Sergei Shoigu", "Sergey Lavrov"], names);

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Autocomplete("who", "name", "cavus"));
        var bySurname = await bot.Fake.WaitForRequestAsync(IsCallback, skip: 1);
        Assert.Equal("Mevlüt Çavuşoğlu", Assert.Single(bySurname.Body!["data"]!["choices"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribe_time_zone_autocomplete_offers_iana_zones()
    {
        await using var bot = await DiscordTestBot.StartAsync();

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Autocomplete("subscribe", "timezone", "istan"));
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);

        var choices = callback.Body!["data"]!["choices"]!.AsArray();
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>() == "Europe/Istanbul");
        Assert.True(choices.Count <= 25);
    }

    [Fact]
    public async Task Add_with_a_url_is_deferred_and_the_original_response_edited_with_the_receipt()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        bot.Fetcher.Pages["https://news.example/talks"] = new ArticleDraft("Lavrov and Fidan met in Ankara on Monday.", "Talks in Ankara", new DateOnly(2024, 3, 4));

        var interaction = Payloads.Slash("add", Payloads.Options(("url", "https://news.example/talks")), Payloads.ModeratorPermissions);
        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);
        var edit = await bot.Fake.WaitForRequestAsync(IsOriginalEdit);

        Assert.Equal(5, callback.Body!["type"]!.GetValue<int>());
        Assert.Equal($"/webhooks/1000/{interaction["token"]}/messages/@original", edit.Path);
        Assert.Contains("Talks in Ankara", AllText(edit.Body), StringComparison.Ordinal);
        Assert.True(edit.At >= callback.At);
        var stored = Assert.Single(await bot.Store.LatestArticlesAsync(10, CancellationToken.None));
        Assert.Equal("Talks in Ankara", stored.Title);
        Assert.Equal("https://news.example/talks", stored.Url);
    }

    [Fact]
    public async Task Add_with_an_attachment_downloads_the_file_and_ingests_it()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        bot.Fake.Files["article.txt"] = Encoding.UTF8.GetBytes("---\ntitle: Summit in Geneva\n---\nLeaders met in Geneva.");
        var resolved = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["77"] = new JsonObject { ["id"] = "77", ["filename"] = "article.txt", ["size"] = 60, ["url"] = bot.Fake.BaseUrl + "/cdn/article.txt", ["content_type"] = "text/plain" },
            },
        };
        var options = new JsonArray(new JsonObject { ["name"] = "file", ["type"] = 11, ["value"] = "77" });

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Slash("add", options, Payloads.ModeratorPermissions, resolved));
        await bot.Fake.WaitForRequestAsync(IsOriginalEdit);

        Assert.Equal("Summit in Geneva", Assert.Single(await bot.Store.LatestArticlesAsync(10, CancellationToken.None)).Title);
    }

    [Fact]
    public async Task The_message_menu_adds_the_target_message_as_an_article()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        var target = new JsonObject
        {
            ["id"] = "8800",
            ["channel_id"] = Payloads.ChannelId,
            ["content"] = "Erdogan hosted Zelensky in Istanbul on Friday.",
            ["timestamp"] = "2024-03-08T10:00:00+00:00",
            ["author"] = new JsonObject { ["id"] = "55", ["username"] = "newsdesk" },
        };

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.MessageMenu(target));
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);
        await bot.Fake.WaitForRequestAsync(IsOriginalEdit);

        Assert.Equal(5, callback.Body!["type"]!.GetValue<int>());
        var article = Assert.Single(await bot.Store.LatestArticlesAsync(10, CancellationToken.None));
        Assert.Contains("Erdogan hosted Zelensky", article.Body, StringComparison.Ordinal);
        Assert.Contains("newsdesk", article.Source, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 3, 8), article.Published);
    }

    [Fact]
    public async Task A_member_without_moderator_rights_is_refused_privately_and_the_store_is_unchanged()
    {
        await using var bot = await DiscordTestBot.StartAsync();

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Slash("add", Payloads.Options(("text", "Some article text that should not be stored."))));
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);

        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        Assert.Equal(64, callback.Body!["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Contains("only moderators", AllText(callback.Body), StringComparison.Ordinal);
        Assert.Equal(0, await bot.Store.CountArticlesAsync(CancellationToken.None));
        Assert.DoesNotContain(bot.Fake.Requests, IsOriginalEdit);
    }

    [Fact]
    public async Task A_configured_moderator_role_is_enough_even_without_server_permissions()
    {
        await using var bot = await DiscordTestBot.StartAsync(s => s["Discord:ModeratorRoleIds:0"] = "777");
        var interaction = Payloads.Slash("add", Payloads.Options(("text", "Blinken visited Kyiv on Tuesday.")));
        interaction["member"]!["roles"]!.AsArray().Add("777");

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        await bot.Fake.WaitForRequestAsync(IsOriginalEdit);

        Assert.Equal(1, await bot.Store.CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_mention_laden_article_is_answered_without_pinging_anyone()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        const string text = "---\ntitle: @everyone <@&123> <@456> @here read this\n---\n@everyone Talks with <@456> and <@&123> in Doha.";

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Slash("add", Payloads.Options(("text", text)), Payloads.ModeratorPermissions));
        var edit = await bot.Fake.WaitForRequestAsync(IsOriginalEdit);

        Assert.Empty(edit.Body!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.False(edit.Body!["allowed_mentions"]!["replied_user"]!.GetValue<bool>());
        var shown = AllText(edit.Body);
        Assert.DoesNotContain("@everyone", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<@456>", shown, StringComparison.Ordinal);
        Assert.Equal(1, await bot.Store.CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_button_under_a_reply_runs_its_command()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        await bot.SeedActorAsync("Sergey Lavrov", "Foreign Minister", "Russia");

        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Button("run:/who Sergey Lavrov"));
        var callback = await bot.Fake.WaitForRequestAsync(IsCallback);

        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        Assert.Contains("Sergey Lavrov", callback.Body!["data"]!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_from_a_moderator_in_an_intake_channel_becomes_an_article()
    {
        await using var bot = await DiscordTestBot.StartAsync(s => s["Discord:IntakeChannelIds:0"] = "3100");
        bot.Fake.GuildRoles = [new JsonObject { ["id"] = Payloads.GuildId, ["permissions"] = "0" }, new JsonObject { ["id"] = "900", ["permissions"] = "8192" }];
        static JsonObject Message(string id, string roleId, string content) => new()
        {
            ["id"] = id,
            ["channel_id"] = "3100",
            ["guild_id"] = Payloads.GuildId,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = "71", ["username"] = "editor" },
            ["member"] = new JsonObject { ["roles"] = new JsonArray(roleId) },
        };

        await bot.Fake.Gateway.DispatchAsync("MESSAGE_CREATE", Message("9101", "1", "Just chatting, not an article."));
        await bot.Fake.Gateway.DispatchAsync("MESSAGE_CREATE", Message("9102", "900", "Macron called Scholz on Sunday about the summit."));
        var reply = await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/3100/messages");

        Assert.Equal("9102", reply.Body!["message_reference"]!["message_id"]!.GetValue<string>());
        var article = Assert.Single(await bot.Store.LatestArticlesAsync(10, CancellationToken.None));
        Assert.Contains("Macron called Scholz", article.Body, StringComparison.Ordinal);
    }
}
