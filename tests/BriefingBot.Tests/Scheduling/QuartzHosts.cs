namespace BriefingBot.Tests.Scheduling;

/// <summary>
/// Tests that start a whole host with Quartz run one after another: Quartz keeps its schedulers in a process-wide
/// repository by name, so two hosts started at once would share one scheduler and fire each other's jobs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuartzHosts
{
    public const string Name = "Quartz hosts";
}
