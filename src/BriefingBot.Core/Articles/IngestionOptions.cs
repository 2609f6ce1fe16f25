using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Articles;

/// <summary>The <c>Ingestion</c> configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>The largest article file or text accepted, in bytes (default 1 MB).</summary>
    [Range(1, int.MaxValue)]
    public int MaxArticleBytes { get; set; } = 1024 * 1024;
}
