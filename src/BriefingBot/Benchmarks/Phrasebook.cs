namespace BriefingBot.Benchmarks;

/// <summary>Words and sentence shapes the synthetic articles are written with (written for the benchmark).</summary>
internal static class Phrasebook
{
    public static readonly string[] Kinds = ["talks", "visit", "call", "summit", "press conference"];

    public static readonly string[] Topics =
    [
        "grain exports", "the ceasefire", "prisoner exchanges", "gas transit", "the nuclear programme", "border security",
        "port access", "sanctions relief", "refugee returns", "the peace framework", "energy prices", "arms control",
        "maritime boundaries", "the water-sharing treaty", "debt restructuring", "visa liberalisation", "humanitarian corridors",
        "the fisheries agreement", "customs union talks", "drone deliveries", "missile defence", "the railway corridor",
        "trade tariffs", "the pipeline project", "election monitoring", "counter-terrorism cooperation", "food security",
        "cyber security", "the fertiliser deal", "reconstruction funding", "air traffic rights", "mining licences",
    ];

    public static readonly string[] Adjectives =
    [
        "difficult", "constructive", "lengthy", "frank", "tense", "productive", "delicate", "stalled", "renewed", "cautious",
        "regional", "bilateral", "technical", "preliminary", "sensitive", "unprecedented", "protracted", "pragmatic",
    ];

    public static readonly string[] Nouns =
    [
        "delegation", "memorandum", "working group", "roadmap", "communique", "framework", "proposal", "mechanism", "commission",
        "summit declaration", "negotiating team", "envoy", "timetable", "draft agreement", "monitoring mission", "trade office",
        "coalition", "parliament", "ministry", "consortium", "observer mission", "committee", "secretariat", "task force",
    ];

    public static readonly string[] Verbs =
    [
        "unblock", "delay", "reshape", "complicate", "accelerate", "undermine", "revive", "review", "extend", "suspend",
        "finalise", "broaden", "narrow", "renegotiate", "guarantee", "monitor",
    ];

    public static readonly string[] Periods = ["weeks", "months", "days", "quarter", "year", "season"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"];

    /// <summary>Background sentences; {T} topic, {U} second topic, {A} adjective, {N} noun, {V} verb, {P} period,
    /// {C1}/{C2} countries, {K} capital, {M} month, {X} number word, {D} a figure.</summary>
    public static readonly string[] Background =
    [
        "The question of {T} has dominated {A} discussions between {C1} and {C2} since {M}.",
        "Officials in {K} said progress on {T} would depend on {U}, which remains {A}.",
        "Analysts expect the {N} to {V} work on {T} over the coming {P}.",
        "A {N} set up in {M} has met {X} times without agreeing on {T}.",
        "Diplomats described the atmosphere as {A}, though neither side published a {N}.",
        "Trade between {C1} and {C2} reached {D} billion dollars last year, according to the {N}.",
        "Critics in the {N} warned that concessions on {T} could {V} the wider agreement on {U}.",
        "The {A} {N} is due to report on {T} before the end of {M}.",
        "Previous rounds on {U} ended after {X} days with a short {N} and no timetable.",
        "Business groups in {K} have urged both governments to {V} the rules on {T}.",
        "{C2} has linked any deal on {T} to guarantees on {U}, a position {C1} calls {A}.",
        "Observers noted that the {N} did not mention {U}, an omission several delegates called {A}.",
        "More than {D} people have been affected by the dispute over {T}, aid agencies say.",
        "The {N} in {K} is expected to {V} its assessment of {U} within {X} {P}.",
    ];

    public static readonly string[] Quotes =
    [
        "We have agreed to keep working on {T} and we will not let {U} {V} it",
        "There can be no lasting settlement without progress on {T}",
        "Our position on {T} is well known and it has not changed",
        "These were {A} talks, but we are closer on {T} than a month ago",
        "The {N} will meet again soon, and {U} will be on the table",
        "Nobody should expect a breakthrough on {T} overnight",
    ];

    public static readonly string[] Boilerplate =
    [
        "Advertisement",
        "Subscribe to our newsletter for the morning briefing.",
        "Read more: our full coverage of the region.",
        "Sign up for breaking news alerts.",
    ];
}
