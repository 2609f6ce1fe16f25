using System.Buffers.Binary;
using System.Text;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The generated corpus written to disk before ingestion is timed, and read back as ingestion reads files: bytes from
/// the disk, decoded by the article file reader. Generating the text was an eighth of what the timed ingestion
/// allocated and a twentieth of its CPU, a cost of the benchmark rather than of the bot. One file of length-prefixed
/// UTF-8 texts, not 100,000 small files.
/// </summary>
internal static class CorpusFile
{
    public static void Write(CorpusGenerator corpus, int count, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> length = stackalloc byte[4];
        for (var i = 0; i < count; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(corpus.Text(i));
            BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            file.Write(length);
            file.Write(bytes);
        }
    }

    /// <summary>Each text's bytes, in order.</summary>
    public static IEnumerable<byte[]> Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = new byte[4];
        while (file.Position < file.Length)
        {
            file.ReadExactly(length);
            var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
            file.ReadExactly(bytes);
            yield return bytes;
        }
    }
}
