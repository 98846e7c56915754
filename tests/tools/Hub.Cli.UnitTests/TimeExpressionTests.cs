using Hub.Cli.Infrastructure;

namespace Hub.Cli.UnitTests;

public sealed class TimeExpressionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("-2h", "2025-03-01T10:00:00Z")]
    [InlineData("2h ago", "2025-03-01T10:00:00Z")]
    [InlineData("30m ago", "2025-03-01T11:30:00Z")]
    [InlineData("30m", "2025-03-01T11:30:00Z")]
    [InlineData("-1d12h", "2025-02-28T00:00:00Z")]
    [InlineData("now", "2025-03-01T12:00:00Z")]
    [InlineData("2025-02-27T08:15:00Z", "2025-02-27T08:15:00Z")]
    [InlineData("2025-02-27T09:15:00+01:00", "2025-02-27T08:15:00Z")]
    [InlineData("2025-02-27 08:15", "2025-02-27T08:15:00Z")]
    [InlineData("2025-02-27", "2025-02-27T00:00:00Z")]
    public void TryParseTime_AcceptedForms_ResolveToUtc(string text, string expected)
    {
        TimeExpression.TryParseTime(text, Now, out var time).Should().BeTrue();
        time.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        time.Offset.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2h later")]
    [InlineData("-2x")]
    [InlineData("12/03/2025")]
    [InlineData("2025-13-40T00:00:00Z")]
    [InlineData("1700000000")]
    public void TryParseTime_Malformed_Rejected(string text) =>
        TimeExpression.TryParseTime(text, Now, out _).Should().BeFalse();

    [Fact]
    public void ParseTime_Malformed_BadInputNamingTheOption()
    {
        var act = () => TimeExpression.ParseTime("soon", Now, "--since-processed");

        act.Should().Throw<CliException>().Where(e => e.ExitCode == ExitCodes.BadInput && e.Message.Contains("--since-processed") && e.Message.Contains("soon"));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("1h30m", 5400)]
    [InlineData("7d", 604800)]
    [InlineData("2w", 1209600)]
    public void TryParseDuration_Units_Summed(string text, int seconds)
    {
        TimeExpression.TryParseDuration(text, out var duration).Should().BeTrue();
        duration.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("d")]
    [InlineData("-7d")]
    [InlineData("7 d")]
    public void TryParseDuration_Malformed_Rejected(string text) => TimeExpression.TryParseDuration(text, out _).Should().BeFalse();
}
