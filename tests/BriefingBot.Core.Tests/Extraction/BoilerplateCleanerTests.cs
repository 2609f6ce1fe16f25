using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class BoilerplateCleanerTests
{
    private readonly BoilerplateCleaner _cleaner = new();

    [Fact]
    public void Shouted_lines_are_blanked_wherever_they_stand_and_offsets_stay()
    {
        const string body = "Ruto met Lula in Nairobi on Monday.\n  STAFF CONTRIBUTED TO THIS REPORT\nThe talks went well.\n\tPHOTO: JOHN MWANGI / EXAMPLE WIRE";

        var cleaned = _cleaner.Clean(body);

        Assert.Equal(body.Length, cleaned.Length);
        Assert.Equal(
            "Ruto met Lula in Nairobi on Monday.\n" + new string(' ', 34) + "\nThe talks went well.\n" + new string(' ', 34),
            cleaned);
    }

    [Fact]
    public void Short_or_single_word_capitals_and_prose_are_kept()
    {
        const string body = "OK GO\nNATO\nGUTERRES\nThe UN and NATO met.\n";

        Assert.Equal(body, _cleaner.Clean(body));
    }
}
