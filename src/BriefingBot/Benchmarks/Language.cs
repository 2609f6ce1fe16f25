namespace BriefingBot.Benchmarks;

/// <summary>
/// Given names and surnames of one language; each entry is "canonical|variant|...". The long tail of surnames is
/// a stem plus an ending (endings carry the variants), so the corpus has thousands of distinct people.
/// </summary>
internal sealed record Language(
    string Name,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<string> Stems,
    IReadOnlyList<string> Endings);
