using System.Runtime.CompilerServices;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class WordTableTests
{
    [Fact]
    public void Each_word_has_one_entry_with_one_string_and_its_cue_words_however_many_words_come()
    {
        var table = new WordTable();
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").Concat(["talks", "Talks", "summit", "ü", "Çavuşoğlu"]).ToList();
        var first = new Dictionary<string, string>();
        foreach (var word in words)
        {
            // The word comes as characters of a longer text, as tokens do: the string is made once, the first time.
            ref var entry = ref table.GetOrAdd(("«" + word + "»").AsSpan(1, word.Length));
            Assert.Equal(word, entry.Text);
            Assert.Equal(CueWords.Of(word), entry.Cues);
            first[word] = entry.Text;
        }

        Assert.Equal(words.Count, table.Count);
        foreach (var word in words)
        {
            ref var entry = ref table.Find(new string(word.AsSpan()));
            Assert.False(Unsafe.IsNullRef(ref entry));
            Assert.Same(first[word], entry.Text);
            Assert.Same(first[word], table.GetOrAdd(word).Text);
        }

        Assert.Equal(words.Count, table.Count);
        Assert.True(Unsafe.IsNullRef(ref table.Find("talk")));
        Assert.True(Unsafe.IsNullRef(ref table.Find("")));
    }

    [Fact]
    public void What_an_entry_is_told_stays_with_it_until_the_table_is_emptied()
    {
        var table = new WordTable();
        table.GetOrAdd("minister").LowerIn = 7;
        for (var i = 0; i < 10_000; i++)
        {
            table.GetOrAdd($"filler{i}");
        }

        Assert.Equal(7, table.Find("minister").LowerIn);
        Assert.Equal(0, table.GetOrAdd("Minister").LowerIn);

        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.True(Unsafe.IsNullRef(ref table.Find("minister")));
        Assert.Equal(0, table.GetOrAdd("minister").LowerIn);
        Assert.Equal(1, table.Count);
    }
}
