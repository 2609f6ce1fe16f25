using BriefingBot.Testing;
using BriefingBot.Core.Articles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Tests.Articles;

public sealed class HttpArticleFetcherTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Erdogan hosts Zelensky in Istanbul | Example News</title>
        <meta property="og:site_name" content="Example News" />
        <meta property="article:published_time" content="2023-07-08T09:00:00Z" /></head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <aside class="newsletter">Subscribe now for unlimited access to all stories.</aside>
          <article>
            <h1>Erdogan hosts Zelensky in Istanbul</h1>
            <p>Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Istanbul on Friday,
            where the two leaders discussed the grain corridor, prisoner exchanges and reconstruction after the war.</p>
            <p>Erdogan said at a joint press conference that Turkey would keep working for a just and lasting peace and
            that he expected Russian President Vladimir Putin to visit Turkey in August for further talks on the deal.</p>
            <p>Zelensky thanked Ankara for its support and said the sides had agreed to expand cooperation in defence,
            energy and trade, adding that Ukraine counted on Turkish companies in rebuilding its cities and roads.</p>
          </article>
          <footer>© Example News</footer>
        </body></html>
        """;

    [Fact]
    public async Task Fetches_a_page_and_keeps_only_the_article()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/news", () => Results.Content(Page, "text/html; charset=utf-8")));

        var result = await Fetcher().FetchAsync(site.At("/news"), default);

        Assert.Null(result.Error);
        var draft = result.Draft!;
        Assert.Contains("Erdogan hosts Zelensky in Istanbul", draft.Title);
        Assert.Contains("hosted Ukrainian President Volodymyr Zelensky in Istanbul", draft.Body);
        Assert.DoesNotContain("Subscribe now", draft.Body);
        Assert.DoesNotContain("Home", draft.Body);
        Assert.Equal("Example News", draft.Source);
        Assert.Equal(site.At("/news").ToString(), draft.Url);
    }

    [Fact]
    public async Task Follows_up_to_five_redirects_and_records_the_final_address()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            for (var i = 1; i <= 5; i++)
            {
                var next = i == 5 ? "/news" : $"/hop{i + 1}";
                app.MapGet($"/hop{i}", () => Results.Redirect(next));
            }

            app.MapGet("/news", () => Results.Content(Page, "text/html"));
        });

        var result = await Fetcher().FetchAsync(site.At("/hop1"), default);

        Assert.Null(result.Error);
        Assert.Equal(site.At("/news").ToString(), result.Draft!.Url);
    }

    [Fact]
    public async Task Refuses_a_sixth_redirect()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}")));

        var result = await Fetcher().FetchAsync(site.At("/loop/1"), default);

        Assert.Equal("The link redirects more than 5 times; give me the page's final address.", result.Error);
    }

    [Fact]
    public async Task Refuses_a_redirect_away_from_the_web()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/ftp", () => Results.Redirect("ftp://example.com/file.txt")));

        var result = await Fetcher().FetchAsync(site.At("/ftp"), default);

        Assert.Equal("The link redirects to something that is not a web page.", result.Error);
    }

    [Fact]
    public async Task Refuses_what_is_not_a_web_page()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/file.pdf", () => Results.Bytes([1, 2, 3], "application/pdf")));

        var result = await Fetcher().FetchAsync(site.At("/file.pdf"), default);

        Assert.Equal("The link is not a web page (application/pdf); I can add HTML or plain-text pages.", result.Error);
    }

    [Fact]
    public async Task Stops_reading_a_page_larger_than_the_limit()
    {
        // Chunked, with no Content-Length, so only counting while reading can catch it.
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new string('a', 64 * 1024);
            for (var i = 0; i < 64; i++)
            {
                await context.Response.WriteAsync(chunk);
            }
        }));

        var result = await Fetcher(("ArticleFetching:MaxBytes", "1048576")).FetchAsync(site.At("/huge"), default);

        Assert.Equal("The page is larger than 1 MB, more than I read; paste the article's text after /add instead.", result.Error);
    }

    [Fact]
    public async Task Gives_up_on_a_page_that_takes_too_long()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await context.Response.WriteAsync("late");
        }));

        var result = await Fetcher(("ArticleFetching:Timeout", "00:00:00.300")).FetchAsync(site.At("/slow"), default);

        Assert.Equal("The page took longer than 0.3 seconds to load; try again later or paste the text after /add.", result.Error);
    }

    [Fact]
    public async Task Reports_an_error_status()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/gone", () => Results.NotFound()));

        var result = await Fetcher().FetchAsync(site.At("/gone"), default);

        Assert.Equal("The page answered 404 Not Found; check the link.", result.Error);
    }

    [Fact]
    public async Task Takes_plain_text_as_it_is()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/a.txt", () => Results.Text("Talks in Ankara\n\nThe ministers met.", "text/plain")));

        var result = await Fetcher().FetchAsync(site.At("/a.txt"), default);

        Assert.Equal("Talks in Ankara\n\nThe ministers met.", result.Draft!.Body);
    }

    [Fact]
    public async Task Refuses_links_that_are_not_http()
    {
        var result = await Fetcher().FetchAsync(new Uri("file:///etc/passwd"), default);

        Assert.Equal("Only http and https links can be added.", result.Error);
    }

    [Fact]
    public async Task Says_so_when_the_site_cannot_be_reached()
    {
        // A port nothing listens on: take a free one from a server that is then stopped.
        Uri closed;
        await using (var site = await LocalSite.StartAsync(_ => { }))
        {
            closed = site.At("/news");
        }

        var result = await Fetcher().FetchAsync(closed, default);

        Assert.Equal("I could not reach 127.0.0.1; check the link or paste the text after /add.", result.Error);
    }

    private static IArticleFetcher Fetcher(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddArticleFetching(configuration).BuildServiceProvider();
        return services.GetRequiredService<IArticleFetcher>();
    }
}
