using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    [Fact]
    public void A_malformed_token_fails_with_one_clear_line_that_does_not_repeat_it()
    {
        var options = Options(new() { ["Telegram:BotToken"] = "not-a-token-secret" });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);

        Assert.Contains("Telegram:BotToken does not look like a bot token", error.Message);
        Assert.DoesNotContain("not-a-token-secret", error.Message);
    }

    [Fact]
    public void Without_a_token_telegram_stays_off_and_registers_no_service()
    {
        var services = new ServiceCollection();
        services.AddTelegram(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService));
    }

    private static IOptions<TelegramOptions> Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTelegram(configuration).BuildServiceProvider().GetRequiredService<IOptions<TelegramOptions>>();
    }
}
