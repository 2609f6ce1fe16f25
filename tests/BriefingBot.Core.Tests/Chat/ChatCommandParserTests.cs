using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Tests.Chat;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("/who Lavrov", "who", "Lavrov")]
    [InlineData("  /WHO   Sergei  Lavrov ", "who", "Sergei  Lavrov")]
    [InlineData("/who@BriefBot Kuleba", "who", "Kuleba")]
    [InlineData("/who@briefbot Kuleba", "who", "Kuleba")]
    [InlineData("/latest", "latest", "")]
    [InlineData("/add first line\nsecond line", "add", "first line\nsecond line")]
    public void Commands_are_split_into_name_and_arguments(string text, string name, string arguments)
    {
        Assert.True(ChatCommandParser.TryParse(text, "BriefBot", out var parsedName, out var parsedArguments));
        Assert.Equal(name, parsedName);
        Assert.Equal(arguments, parsedArguments);
    }

    [Theory]
    [InlineData("/who@OtherBot Lavrov")]
    [InlineData("hello there")]
    [InlineData("/ who")]
    [InlineData("//who")]
    [InlineData("")]
    public void Text_that_is_not_a_command_for_this_bot_is_ignored(string text)
    {
        Assert.False(ChatCommandParser.TryParse(text, "BriefBot", out _, out _));
    }
}
