using System.Text.Json.Nodes;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Gateway;

public sealed class GatewaySessionTests
{
    private static async Task<RecordedRequest> AskWhoAsync(DiscordTestBot bot, int skip = 0)
    {
        await bot.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", Payloads.Slash("who", Payloads.Options(("name", "Lavrov"))));
        return await bot.Fake.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), skip);
    }

    [Fact]
    public async Task A_full_session_identifies_beats_and_answers_who_through_the_callback_route()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        await bot.SeedActorAsync("Sergey Lavrov", "Foreign Minister", "Russia", "Sergei Lavrov");

        var identify = bot.Fake.Gateway.Identifies.Single();
        Assert.Equal(DiscordTestBot.Token, identify.Data!["token"]!.GetValue<string>());
        Assert.Equal(0, identify.Data!["intents"]!.GetValue<int>());
        await bot.Fake.Gateway.WaitForAsync(f => f.Op == 1, skip: 1);

        var callback = await AskWhoAsync(bot);

        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        var embed = callback.Body!["data"]!["embeds"]![0]!;
        Assert.Contains("Sergey Lavrov", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(embed["fields"]!.AsArray());
        Assert.Empty(callback.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        var registration = bot.Fake.Requests.Single(r => r.Method == "PUT");
        Assert.Equal("/applications/1000/guilds/2000/commands", registration.Path);
    }

    [Fact]
    public async Task A_server_reconnect_ends_in_a_resume_and_the_interaction_sent_meanwhile_is_answered()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        await bot.SeedActorAsync("Sergey Lavrov", "Foreign Minister", "Russia");

        await bot.Fake.Gateway.SendOpAsync(7, null);
        await AskWhoAsync(bot);

        var resume = await bot.Fake.Gateway.WaitForAsync(f => f.Op == 6);
        Assert.Equal(bot.Services.GetRequiredService<DiscordGatewayClient>().Session.SessionId, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Single(bot.Fake.Gateway.Identifies);
        await Task.Delay(100);
        Assert.Single(bot.Fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_abrupt_socket_close_ends_in_a_resume_with_no_lost_interaction()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        await bot.SeedActorAsync("Sergey Lavrov", "Foreign Minister", "Russia");

        bot.Fake.Gateway.Abort();
        var callback = await AskWhoAsync(bot);

        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        await bot.Fake.Gateway.WaitForAsync(f => f.Op == 6);
        Assert.Single(bot.Fake.Gateway.Identifies);
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_a_zombie_connection_that_is_dropped_and_resumed()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        bot.Fake.Gateway.AckHeartbeats = false;

        var resume = await bot.Fake.Gateway.WaitForAsync(f => f.Op == 6);

        Assert.Equal(2, resume.Connection);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_be_resumed_leads_to_a_new_identify()
    {
        await using var bot = await DiscordTestBot.StartAsync();

        await bot.Fake.Gateway.SendOpAsync(9, JsonValue.Create(false));

        var second = await bot.Fake.Gateway.WaitForAsync(f => f.Op == 2, skip: 1);
        Assert.Equal(2, second.Connection);
        Assert.Empty(bot.Fake.Gateway.Resumes);
    }

    [Fact]
    public async Task A_refused_resume_falls_back_to_identify()
    {
        await using var bot = await DiscordTestBot.StartAsync();
        bot.Fake.Gateway.RefuseResume = true;

        bot.Fake.Gateway.Abort();

        await bot.Fake.Gateway.WaitForAsync(f => f.Op == 6);
        await bot.Fake.Gateway.WaitForAsync(f => f.Op == 2, skip: 1);
    }

    [Fact]
    public async Task Close_code_4004_stops_the_adapter_with_one_clear_line_and_no_reconnect()
    {
        await using var bot = await DiscordTestBot.StartAsync();

        await bot.Fake.Gateway.CloseAsync(4004);

        await bot.Hosted.Stopped.WaitAsync(TimeSpan.FromSeconds(5));
        var fatal = Assert.Single(bot.Logs.Lines, l => l.Level == LogLevel.Critical);
        Assert.Contains("authentication failed", fatal.Message, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Equal(1, bot.Fake.Gateway.Connections);
    }

    [Fact]
    public async Task Other_close_codes_reconnect_and_resume()
    {
        await using var bot = await DiscordTestBot.StartAsync();

        await bot.Fake.Gateway.CloseAsync(4000);

        await bot.Fake.Gateway.WaitForAsync(f => f.Op == 6);
        Assert.False(bot.Hosted.Stopped.IsCompleted);
    }

    [Fact]
    public async Task Intake_channels_ask_for_the_message_content_intent_and_only_then()
    {
        await using var bot = await DiscordTestBot.StartAsync(s => s["Discord:IntakeChannelIds:0"] = "3100");

        var identify = bot.Fake.Gateway.Identifies.Single();

        Assert.Equal(GatewayIntents.GuildMessages | GatewayIntents.MessageContent, identify.Data!["intents"]!.GetValue<int>());
    }
}
