using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace BriefingBot.Scheduling;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions and scheduled digests: the commands, Quartz with one cron trigger per subscription, the queue
    /// that batches digests due together, the start-up catch-up, the outbox dispatcher and the console's outbound channel.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestProducer>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IChatCommandHandler, SubscriptionCommands>();
        services.AddSingleton<IChatCommandHandler, TimeZoneCommand>();
        services.AddSingleton<IChatCommandHandler, DigestCommand>();
        services.AddSingleton<IChatOutbound, ConsoleChatOutbound>();

        // Triggers live in memory and are rebuilt from the store at start-up; the store, not Quartz, remembers
        // which runs were handled, so missed runs are caught up by SubscriptionStartup.
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably());
        });
        services.AddSingleton<ISubscriptionScheduler, QuartzSubscriptionScheduler>();
        services.AddHostedService<SubscriptionStartup>();
        services.AddSingleton<DigestQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestQueue>());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
