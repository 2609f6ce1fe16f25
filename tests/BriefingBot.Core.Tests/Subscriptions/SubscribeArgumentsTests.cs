using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Tests.Subscriptions;

public sealed class SubscribeArgumentsTests
{
    [Fact]
    public void Reads_frequency_day_time_zone_and_quoted_topic_in_any_order()
    {
        Assert.True(SubscribeArguments.TryParse("topic:\"Black Sea\" 09:15 weekly mon Europe/Istanbul", out var request, out _));

        Assert.Equal(DigestFrequency.Weekly, request.Frequency);
        Assert.Equal(DayOfWeek.Monday, request.Day);
        Assert.Equal(new TimeOnly(9, 15), request.Time);
        Assert.Equal("Europe/Istanbul", request.Zone!.Id);
        Assert.Equal("Black Sea", request.Topic);
    }

    [Fact]
    public void Defaults_to_daily_at_eight_in_the_chats_zone()
    {
        Assert.True(SubscribeArguments.TryParse("", out var request, out _));

        Assert.Equal(DigestFrequency.Daily, request.Frequency);
        Assert.Equal(new TimeOnly(8, 0), request.Time);
        Assert.Null(request.Zone);
        Assert.Null(request.Topic);
    }

    [Theory]
    [InlineData("daily 25:00", "\"25:00\" is not a time of day")]
    [InlineData("daily 08:00 Europe/Atlantis", "I don't know the time zone \"Europe/Atlantis\"")]
    [InlineData("weekly funday 08:00", "I don't know the weekday \"funday\"")]
    [InlineData("weekly 08:00", "A weekly digest needs a day")]
    [InlineData("hourly", "I didn't understand \"hourly\"")]
    [InlineData("topic:", "The topic is empty")]
    public void Wrong_input_says_what_was_wrong(string arguments, string expected)
    {
        Assert.False(SubscribeArguments.TryParse(arguments, out _, out var mistake));

        Assert.StartsWith(expected, mistake, StringComparison.Ordinal);
    }
}
