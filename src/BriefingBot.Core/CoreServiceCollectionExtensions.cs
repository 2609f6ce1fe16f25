using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The newsroom: extraction, ingestion, the queries users ask, and the command router.</summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<ActorMatcher>();
        services.AddSingleton<MeetingMatcher>();
        services.AddSingleton<ArticleFileReader>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ActorFinder>();
        services.AddSingleton<ChatCommandRouter>();
        services.AddSingleton<IChatCommandHandler, HelpHandler>();
        services.AddSingleton<IChatCommandHandler, WhoHandler>();
        services.AddSingleton<IChatCommandHandler, MeetingsHandler>();
        services.AddSingleton<IChatCommandHandler, LatestHandler>();
        services.AddSingleton<IChatCommandHandler, SearchHandler>();
        services.AddSingleton<IChatCommandHandler, ArticleHandler>();
        services.AddSingleton<IChatCommandHandler, AddArticleHandler>();
        services.AddSingleton<IChatCommandHandler, RemoveArticleHandler>();
        return services;
    }
}
