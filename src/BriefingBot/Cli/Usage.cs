namespace BriefingBot.Cli;

/// <summary>The text of <c>help</c> and of a wrong command line.</summary>
public static class Usage
{
    public const string Text = """
        BriefingBot: a briefing on world affairs for Telegram, Discord and the console.

        Usage: dotnet run --project src/BriefingBot -- [command] [options]

          (no command) / run         Start the bot. Without platform tokens, chat here in the console.
                                     --console  also open the console chat when a platform is configured
          ingest <file-or-folder>    Index .txt/.md article files (front matter optional)
          export --format json       The whole knowledge base as briefingbot.export/1 JSON on stdout
          ask "<chat command>"       Run one chat command as the console user; --json for JSON
          extract <file> [--json]    Show what extraction finds in one article file
          bench [--articles N]       Performance benchmark on a generated corpus (default 10000 articles, --seed 7,
                                     --json for one JSON object; a temporary data file unless --db names a new one;
                                     --only extract,storage,ingest,queries,digest,startup,documents runs just those
                                     phases, with ingest whenever the later ones need its store (documents, which
                                     stores ingestion's documents again without extraction, comes unasked up to
                                     20000 articles);
                                     --reuse keeps the --db an earlier run left and skips ingestion;
                                     --against 10k.json compares the ingestion rate with that run's;
                                     --people P writes about P people instead of a fifth of the articles;
                                     ends with the performance targets that apply to the run)
          help                       This text

        Every command accepts --db PATH (the LiteDB data file; default from Storage:Path).
        """;
}
