namespace BriefingBot.Tests.Benchmarks;

/// <summary>
/// Tests that attribute the process's processor time to its threads run with no other test beside them: another
/// test's ingestion threads (named as the bench's are) would count as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInProcess
{
    public const string Name = "Alone in the process";
}
