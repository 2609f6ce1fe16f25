using System.Net;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Tests.Fakes;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed partial class TelegramReplyRendererTests
{
    [Fact]
    public void Styles_and_links_become_tags_around_escaped_text()
    {
        var reply = Reply.Of(
            new HeadingBlock("Lavrov & <Co>"),
            new FieldBlock("Role", [Span.Italic("Foreign Minister"), new Span(", "), Span.Code("a<b")]),
            new ParagraphBlock(Span.Link("Source \"1\"", "https://example.com/a?x=1&y=2"), new Span(" and "), Span.Link("not a link", "javascript:alert(1)")));

        var html = TelegramReplyRenderer.Render(reply).Single();

        Assert.Equal(
            "<b>Lavrov &amp; &lt;Co&gt;</b>\n<b>Role: </b><i>Foreign Minister</i>, <code>a&lt;b</code>\n\n"
            + "<a href=\"https://example.com/a?x=1&amp;y=2\">Source &quot;1&quot;</a> and not a link",
            html);
        Assert.Null(TelegramHtmlChecker.Check(html));
    }

    [Fact]
    public void A_long_list_splits_between_items()
    {
        var items = Enumerable.Range(1, 400).Select(i => (IReadOnlyList<Span>)[Span.Bold($"Item {i}"), new Span(" — talks <held> & reported")]).ToList();

        var messages = TelegramReplyRenderer.Render(Reply.Of(new HeadingBlock("Meetings"), new ListBlock(items)));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m =>
        {
            Assert.Null(TelegramHtmlChecker.Check(m));
            Assert.True(Visible(m).Length <= TelegramReplyRenderer.MessageLimit);
            Assert.StartsWith(m == messages[0] ? "<b>Meetings</b>" : "• <b>Item", m, StringComparison.Ordinal);
        });
        Assert.Equal(400, messages.Sum(m => Regex.Count(m, "• ")));
    }

    [Fact]
    public void A_sentence_longer_than_a_message_splits_between_words_then_characters()
    {
        var words = string.Join(' ', Enumerable.Repeat("Ankara&Istanbul", 600));
        var unbroken = new string('x', 5000) + "🙂" + new string('y', 5000);

        var messages = TelegramReplyRenderer.Render(Reply.Of(new ParagraphBlock(Span.Bold(words)), new ParagraphBlock(unbroken)));

        Assert.All(messages, m =>
        {
            Assert.Null(TelegramHtmlChecker.Check(m));
            Assert.True(Visible(m).Length <= TelegramReplyRenderer.MessageLimit);
            Assert.DoesNotContain("\uFFFD", Visible(m));
        });
        var text = string.Concat(messages.Select(Visible));
        Assert.Equal(600, Regex.Count(text, "Ankara&Istanbul"));
        Assert.Contains("🙂", text);
        Assert.Equal(10_002, text.Count(c => c is 'x' or 'y' || char.IsSurrogate(c)));
    }

    [Fact]
    public void An_empty_reply_still_sends_something()
    {
        Assert.Equal(["…"], TelegramReplyRenderer.Render(Reply.Of()));
    }

    private static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
