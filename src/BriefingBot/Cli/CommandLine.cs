namespace BriefingBot.Cli;

/// <summary>The program's arguments: a verb, its positional arguments, and <c>--name [value]</c> options.</summary>
public sealed class CommandLine
{
    // Options that take a value; the rest are switches.
    private static readonly HashSet<string> s_valued = new(StringComparer.Ordinal) { "--db", "--format", "--config", "--articles", "--seed", "--queries", "--subscriptions", "--batch", "--only", "--against", "--people" };

    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine(string verb, List<string> positional)
    {
        Verb = verb;
        Positional = positional;
    }

    /// <summary><c>run</c> when no verb was given.</summary>
    public string Verb { get; }

    public IReadOnlyList<string> Positional { get; }

    public string? Error { get; private set; }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var options = new List<(string, string?)>();
        string? error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options.Add((arg[..eq], arg[(eq + 1)..]));
                }
                else if (s_valued.Contains(arg))
                {
                    if (i + 1 >= args.Count)
                    {
                        error ??= $"{arg} needs a value, e.g. {arg} {Example(arg)}";
                        continue;
                    }

                    options.Add((arg, args[++i]));
                }
                else
                {
                    options.Add((arg, null));
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        var verb = positional.Count > 0 && s_verbs.Contains(positional[0]) ? positional[0] : "run";
        if (verb != "run" || (positional.Count > 0 && positional[0] == "run"))
        {
            positional.RemoveAt(0);
        }
        else if (positional.Count > 0)
        {
            error ??= $"Unknown command \"{positional[0]}\". Commands: {string.Join(", ", s_verbs)}.";
        }

        var line = new CommandLine(verb, positional) { Error = error };
        foreach (var (name, value) in options)
        {
            line._options[name] = value;
        }

        return line;
    }

    public static IReadOnlyList<string> Verbs => s_verbs;

    private static readonly string[] s_verbs = ["run", "ingest", "export", "ask", "extract", "bench", "help"];

    private static string Example(string option) => option switch
    {
        "--db" => "data/briefingbot.db",
        "--format" => "json",
        "--articles" or "--queries" or "--subscriptions" or "--batch" => "10000",
        "--seed" => "7",
        "--only" => "ingest,digest",
        "--against" => "10k.json",
        "--people" => "2000",
        _ => "config/appsettings.json",
    };
}
