namespace BriefingBot.Core.Extraction;

/// <summary>One person of an article: the fullest name, every surface form, and the mentions that name them.</summary>
internal sealed class PersonCluster
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; } = [];

    public List<int> Mentions { get; } = [];

    public string SurnameKey { get; set; } = "";

    public string? GivenKey { get; set; }
}
