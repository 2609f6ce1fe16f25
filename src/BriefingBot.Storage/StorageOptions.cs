using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB data file; its folder is created if missing.</summary>
    [Required]
    public string Path { get; set; } = "data/briefingbot.db";
}
