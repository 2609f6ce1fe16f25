using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Articles;

/// <summary>The <c>ArticleFetching</c> configuration section: limits for <c>/add &lt;url&gt;</c>.</summary>
public sealed class ArticleFetchOptions
{
    public const string Section = "ArticleFetching";

    /// <summary>How long a page may take, redirects included (default 15 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest page read, in bytes (default 2 MB); reading stops beyond it.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How many redirects are followed (default 5).</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "BriefingBot/1.0 (news briefing bot)";
}
