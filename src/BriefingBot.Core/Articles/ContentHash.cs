using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.Articles;

/// <summary>The duplicate key of an article: the same text, whatever its whitespace, gives the same hash.</summary>
public static class ContentHash
{
    public static string Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var normalized = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
