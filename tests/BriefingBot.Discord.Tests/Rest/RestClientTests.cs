using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class RestClientTests
{
    private static Reply Digest => Reply.Of(new HeadingBlock("Your daily digest"), new ParagraphBlock("Lavrov met Fidan in Ankara."));

    private static IChatOutbound Outbound(DiscordTestBot bot) => bot.Services.GetServices<IChatOutbound>().Single(o => o.Platform == "discord");

    private static Task<DiscordTestBot> StartAsync() => DiscordTestBot.StartAsync(waitForReady: false);

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after()
    {
        await using var bot = await StartAsync();
        bot.Fake.Script("POST", "/channels/3000/messages", 429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = 0.4, ["global"] = false });

        var outcome = await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        var posts = bot.Fake.Requests.Where(r => r.Path == "/channels/3000/messages").ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromMilliseconds(380), $"retried after {(posts[1].At - posts[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_global_429_holds_back_requests_on_other_routes_too()
    {
        await using var bot = await StartAsync();
        bot.Fake.Script("POST", "/channels/3000/messages", 429, new JsonObject { ["message"] = "global", ["retry_after"] = 0.4, ["global"] = true }, new() { ["X-RateLimit-Global"] = "true" });

        var first = Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);
        await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/3000/messages");
        await Task.Delay(50);
        var second = Outbound(bot).SendAsync(new ChatAddress("discord", "3001"), Digest, CancellationToken.None);
        await Task.WhenAll(first, second);

        var limited = bot.Fake.Requests.First(r => r.Path == "/channels/3000/messages");
        var other = bot.Fake.Requests.Single(r => r.Path == "/channels/3001/messages");
        Assert.True(other.At - limited.At >= TimeSpan.FromMilliseconds(380));
    }

    [Fact]
    public async Task No_request_is_sent_while_its_bucket_is_exhausted()
    {
        await using var bot = await StartAsync();
        bot.Fake.Script("POST", "/channels/3000/messages", 200, new JsonObject { ["id"] = "1" }, new()
        {
            ["X-RateLimit-Bucket"] = "abc",
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "0.4",
        });

        await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);
        await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);

        var posts = bot.Fake.Requests.Where(r => r.Path == "/channels/3000/messages").ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromMilliseconds(380));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff()
    {
        await using var bot = await StartAsync();
        bot.Fake.Script("POST", "/channels/3000/messages", 502, null);
        bot.Fake.Script("POST", "/channels/3000/messages", 503, null);

        var outcome = await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Equal(3, bot.Fake.Requests.Count(r => r.Path == "/channels/3000/messages"));
    }

    [Fact]
    public async Task An_outage_that_outlasts_the_retries_means_retry_later()
    {
        await using var bot = await StartAsync();
        for (var i = 0; i < 4; i++)
        {
            bot.Fake.Script("POST", "/channels/3000/messages", 500, null);
        }

        var outcome = await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
    }

    [Theory]
    [InlineData(403, 50001, "Missing Access")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task A_channel_the_bot_cannot_reach_is_reported_unavailable_with_the_reason(int status, int code, string reason)
    {
        await using var bot = await StartAsync();
        bot.Fake.Script("POST", "/channels/3000/messages", status, new JsonObject { ["message"] = reason, ["code"] = code });

        var outcome = await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Digest, CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChatUnavailable, outcome.Status);
        Assert.Contains(reason, outcome.Reason, StringComparison.Ordinal);
        Assert.Single(bot.Fake.Requests, r => r.Path == "/channels/3000/messages");
    }

    [Fact]
    public async Task A_digest_is_posted_to_the_channel_with_the_bot_token_and_no_mentions()
    {
        await using var bot = await StartAsync();

        var outcome = await Outbound(bot).SendAsync(new ChatAddress("discord", "3000"), Reply.Text("@everyone new digest <@&1>"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        var post = Assert.Single(bot.Fake.Requests, r => r.Path == "/channels/3000/messages");
        Assert.Equal("Bot " + DiscordTestBot.Token, post.Authorization);
        Assert.Empty(post.Body!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain("@everyone", post.Body!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_guild_id_commands_are_registered_globally()
    {
        await using var bot = await DiscordTestBot.StartAsync(s => s["Discord:GuildId"] = null);

        var registration = await bot.Fake.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal("/applications/1000/commands", registration.Path);
        var names = registration.Body!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("who", names);
        Assert.Contains("Add to briefing", names);
        var add = registration.Body!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "add")!;
        Assert.Equal(8192, add["default_member_permissions"]!.GetValue<long>());
        Assert.Equal(["text", "url", "file"], add["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
    }
}
