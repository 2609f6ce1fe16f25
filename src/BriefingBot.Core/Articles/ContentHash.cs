using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.Articles;

/// <summary>The duplicate key of an article: the same text, whatever its whitespace, gives the same hash.</summary>
public static class ContentHash
{
    /// <summary>The SHA-256 of the body's UTF-8 with every run of whitespace made one space and the ends trimmed.</summary>
    public static string Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Every article passes through here: the words are joined in a rented buffer, not split into strings.
        var text = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        var length = Whitespace.Collapse(body, text);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var count = Encoding.UTF8.GetBytes(text.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
