using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The LiteDB store: one file, opened once, behind Core's store interfaces.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiteDbContext>();
        services.AddSingleton<IKnowledgeStore, LiteDbKnowledgeStore>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        services.AddSingleton<IBotStateStore, LiteDbBotStateStore>();
        services.AddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
        services.AddSingleton<IDeliveryOutbox, LiteDbDeliveryOutbox>();
        return services;
    }
}
