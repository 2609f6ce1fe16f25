using BriefingBot.Cli;
using BriefingBot.Console;
using BriefingBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests.Scheduling;

[Collection(QuartzHosts.Name)]
public sealed class DigestEndToEndTests
{
    [Fact]
    public async Task A_console_subscription_a_minute_ahead_delivers_its_digest_in_the_console()
    {
        var folder = Directory.CreateTempSubdirectory("briefingbot-digest-").FullName;
        var input = new TypedInput();
        var output = new SharedOutput();
        // The clock reads 07:59:45 and runs in real time, so the next minute's run is seconds away.
        var clock = new ShiftedClock(new DateTimeOffset(2022, 3, 9, 7, 59, 45, TimeSpan.Zero));
        var builder = BotHost.CreateBuilder(CommandLine.Parse(["--db", Path.Combine(folder, "chat.db")]), new ConsoleIo(input, output));
        builder.Services.AddSingleton<TimeProvider>(clock);
        BotHost.AddConsoleChat(builder.Services);
        using var host = builder.Build();
        var running = host.RunAsync();

        input.Type("/add");
        input.Type("---");
        input.Type("title: Lavrov and Kuleba to meet in Antalya");
        input.Type("source: Reuters");
        input.Type("---");
        input.Type("Russian Foreign Minister Sergei Lavrov will meet Ukrainian Foreign Minister Dmytro Kuleba in Antalya on Thursday, Turkish Foreign Minister Mevlut Cavusoglu said.");
        input.Type(".");
        await output.WaitForAsync("Added #1", TimeSpan.FromSeconds(20));
        // The next whole minute at least five seconds ahead, however slow the machine was so far.
        var now = clock.GetUtcNow();
        var run = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        run = run - now < TimeSpan.FromSeconds(5) ? run.AddMinutes(1) : run;
        var at = run.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        input.Type($"/subscribe daily {at} UTC");
        await output.WaitForAsync("Subscribed (#1)", TimeSpan.FromSeconds(20));
        input.Type("/subscriptions");
        await output.WaitForAsync($"#1 daily at {at} UTC; next today at {at}", TimeSpan.FromSeconds(20));

        await output.WaitForAsync("Briefing digest", TimeSpan.FromSeconds(120));
        input.Type("/digest");
        await output.WaitForAsync($"Nothing new since today at {at}", TimeSpan.FromSeconds(20));
        input.End();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Contains($"The first digest comes today at {at} (in ", text, StringComparison.Ordinal);
        Assert.Contains("Lavrov and Kuleba to meet in Antalya", text[text.IndexOf("Briefing digest", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Single(AllIndexes(text, "Briefing digest"));
        Directory.Delete(folder, recursive: true);
    }

    private static IEnumerable<int> AllIndexes(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
