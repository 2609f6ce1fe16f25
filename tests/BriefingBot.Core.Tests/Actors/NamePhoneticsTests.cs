using System.Text;
using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Tests.Actors;

/// <summary>The sound key that lets transliteration variants of a name meet.</summary>
public sealed class NamePhoneticsTests
{
    [Theory]
    [InlineData("Shoygu", "Shoigu")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Çavuşoğlu", "Cavusoglu")]
    [InlineData("Khamenei", "Hamenei")]
    [InlineData("Philippe", "Filippe")]
    [InlineData("Mackenzie", "Makenzie")]
    [InlineData("Woulter", "Vulter")]
    [InlineData("Qasim", "Kasim")]
    public void Transliteration_variants_share_a_key(string one, string other)
    {
        Assert.Equal(NamePhonetics.Key(one), NamePhonetics.Key(other));
    }

    [Theory]
    [InlineData("Lavrov", "Lavrin")]
    [InlineData("Fidan", "Fadin")]
    public void Different_names_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(NamePhonetics.Key(one), NamePhonetics.Key(other));
    }

    [Fact]
    public void The_key_applies_its_rules_in_order_as_whole_string_replacements_would()
    {
        // Overlapping and chained pairs, spaces, doubled letters made by a rule, and a word longer than the stack buffer.
        var words = new List<string>
        {
            "kkh", "khh", "phph", "pph", "ckck", "cck", "ouou", "oou", "yyw", "wvq", "qk", "kh ph ck ou", "Ouyang", "Khrushchev",
            "Ó Súilleabháin", "al-Mekdad", "", "a", "Ngozi Okonjo-Iweala", new string('k', 150) + "h" + new string('o', 150) + "u",
        };
        var random = new Random(7);
        const string letters = "khpcouywqaeinrs ";
        for (var i = 0; i < 2_000; i++)
        {
            words.Add(new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => letters[random.Next(letters.Length)])]));
        }

        Assert.All(words, word => Assert.Equal(Reference(word), NamePhonetics.Key(word)));
    }

    // The rules written as the string replacements they are.
    private static string Reference(string word)
    {
        var w = ActorKeys.Fold(word).Replace(" ", "", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace('y', 'i')
            .Replace('w', 'v')
            .Replace('q', 'k');
        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
