namespace BriefingBot.Benchmarks;

/// <summary>A country of the synthetic corpus: its adjective, two cities and the language of its people's names.</summary>
internal sealed record Country(string Name, string Adjective, string Capital, string City, string Language);
