namespace BriefingBot.Benchmarks;

/// <summary>One news event of the synthetic corpus; several outlets may report it (near-duplicate articles).</summary>
internal sealed record Story(
    int Id,
    string Kind,
    string Status,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Others,
    Person Analyst,
    string City,
    int DayOffset,
    IReadOnlyList<string> Topics,
    int TargetBytes);
