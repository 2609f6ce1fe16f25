using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Articles;

public static class ArticleFetchingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IArticleFetcher"/> for <c>/add &lt;url&gt;</c> on every platform; limits from the
    /// <c>ArticleFetching</c> section when <paramref name="configuration"/> is given, else the defaults.
    /// </summary>
    public static IServiceCollection AddArticleFetching(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<ArticleFetchOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(ArticleFetchOptions.Section));
        }

        options.ValidateDataAnnotations().ValidateOnStart();

        // Redirects are followed by the fetcher itself, so each hop is counted and checked for http/https.
        services.AddHttpClient(HttpArticleFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddSingleton<IArticleFetcher, HttpArticleFetcher>();
        return services;
    }
}
