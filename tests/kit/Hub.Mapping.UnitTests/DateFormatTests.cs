namespace Hub.Mapping.UnitTests;

public class DateFormatTests
{
    private static RecordMapper London(string policy = "") => MappingFiles.Field(
        "format:\n  type: date\n  pattern: [\"dd/MM/yyyy HH:mm\", \"dd/MM/yyyy\"]\n  zone: Europe/London" +
        (policy.Length == 0 ? "" : "\n  " + policy));

    [Theory]
    [InlineData("23/11/2026 14:05", "2026-11-23T14:05:00Z")] // GMT in November
    [InlineData("23/07/2026 14:05", "2026-07-23T13:05:00Z")] // BST in July
    [InlineData("28/03/2026 12:00", "2026-03-28T12:00:00Z")] // the day before the clocks go forward
    [InlineData("29/03/2026 12:00", "2026-03-29T11:00:00Z")] // the day they do
    [InlineData("23/11/2026", "2026-11-23T00:00:00Z")]
    public void Map_LondonLocalTime_ConvertsToUtcAcrossDst(string input, string expectedUtc)
    {
        var result = London().MapOne(input);

        result.Issues.Should().BeEmpty();
        result.Out().Should().Be(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture));
        ((DateTimeOffset)result.Out()!).Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Map_TimeInSpringGap_RejectsByDefault()
    {
        var result = London().MapOne("29/03/2026 01:30");

        result.IsRejected.Should().BeTrue();
        result.Rejections.Single().Message.Should().Contain("does not exist");
    }

    [Fact]
    public void Map_TimeInSpringGapWithShiftForward_MovesPastGap()
    {
        London("skipped: shift-forward").MapOne("29/03/2026 01:30").Out()
            .Should().Be(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero)); // 02:30 BST
    }

    [Theory]
    [InlineData("", "2026-10-25T00:30:00Z")] // earlier: still BST
    [InlineData("ambiguous: later", "2026-10-25T01:30:00Z")] // later: GMT again
    public void Map_TimeInAutumnOverlap_FollowsPolicy(string policy, string expectedUtc)
    {
        London(policy).MapOne("25/10/2026 01:30").Out()
            .Should().Be(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Map_TimeInAutumnOverlapWithReject_Rejects()
    {
        London("ambiguous: reject").MapOne("25/10/2026 01:30").IsRejected.Should().BeTrue();
    }

    [Fact]
    public void Map_TextNotMatchingPattern_Rejects()
    {
        var result = London().MapOne("2026-11-23 14:05");

        result.Rejections.Single().Message.Should().Contain("does not match");
    }

    [Fact]
    public void Map_DateOutput_GivesCalendarDateInZone()
    {
        var mapper = MappingFiles.Field("format: { type: date, pattern: iso, zone: Europe/London, output: date }");

        mapper.MapOne("2026-07-23T23:30:00Z").Out().Should().Be(new DateOnly(2026, 7, 24));
    }

    [Fact]
    public void Map_UnixMilliseconds_GivesInstant()
    {
        var mapper = MappingFiles.Field("format: { type: date, pattern: unix-ms }");

        mapper.MapOne("1795442700000").Out().Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1795442700000));
    }
}
