using System.Text;
using Confluent.Kafka;
using Hub.Cli.Dlq;
using Hub.Messaging;

namespace Hub.Cli.UnitTests;

public sealed class DlqFilterTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly DeadLetter Letter = new()
    {
        Topic = "erp.customers.dlq",
        Partition = 1,
        Offset = 7,
        Key = "customer-1",
        EventId = "e-1",
        EventType = "CustomerUpserted",
        ErrorClass = "System.TimeoutException",
        ErrorKind = "transient-exhausted",
        LastFailureAt = T0,
        Timestamp = T0,
    };

    [Fact]
    public void Matches_NoCriteria_EveryUnresolvedLetter() => new DlqFilter().Matches(Letter).Should().BeTrue();

    [Fact]
    public void Matches_Resolved_HiddenUnlessIncluded()
    {
        var resolved = Letter with { Resolved = new ResolvedEntry("replayed", "ops", T0, "fixed") };

        new DlqFilter().Matches(resolved).Should().BeFalse();
        new DlqFilter { IncludeResolved = true }.Matches(resolved).Should().BeTrue();
    }

    [Theory]
    [InlineData("timeout", true)]
    [InlineData("System.TimeoutException", true)]
    [InlineData("Validation", false)]
    public void Matches_ErrorClass_CaseInsensitiveSubstring(string errorClass, bool expected) =>
        new DlqFilter { ErrorClass = errorClass }.Matches(Letter).Should().Be(expected);

    [Theory]
    [InlineData("transient", true)]
    [InlineData("permanent", false)]
    public void Matches_ErrorKind_Prefix(string kind, bool expected) => new DlqFilter { ErrorKind = kind }.Matches(Letter).Should().Be(expected);

    [Fact]
    public void Matches_TimeWindow_SinceInclusiveUntilExclusive()
    {
        new DlqFilter { Since = T0 }.Matches(Letter).Should().BeTrue();
        new DlqFilter { Until = T0 }.Matches(Letter).Should().BeFalse();
        new DlqFilter { Since = T0.AddMinutes(-1), Until = T0.AddMinutes(1) }.Matches(Letter).Should().BeTrue();
    }

    [Fact]
    public void Matches_KeyEventTypeAndRef_Exact()
    {
        new DlqFilter { Key = "customer-1", EventType = "CustomerUpserted" }.Matches(Letter).Should().BeTrue();
        new DlqFilter { Key = "customer-2" }.Matches(Letter).Should().BeFalse();
        new DlqFilter { Refs = new HashSet<string> { "erp.customers.dlq:1:7" } }.Matches(Letter).Should().BeTrue();
        new DlqFilter { Refs = new HashSet<string> { "erp.customers.dlq:1:8" } }.Matches(Letter).Should().BeFalse();
    }

    [Fact]
    public void DeadLetterCopy_Create_DropsErrorHeadersAndAddsReplayHeaders()
    {
        var headers = new Headers
        {
            { EventHeaders.EventId, Encoding.UTF8.GetBytes("e-1") },
            { EventHeaders.OriginalTopic, Encoding.UTF8.GetBytes("customers") },
            { EventHeaders.ErrorClass, Encoding.UTF8.GetBytes("X") },
            { EventHeaders.ErrorKind, Encoding.UTF8.GetBytes("transient-exhausted") },
            { EventHeaders.AttemptCount, Encoding.UTF8.GetBytes("13") },
        };
        var letter = Letter with { Group = "erp.customers", Message = new Message<byte[]?, byte[]?> { Key = [1], Value = [2, 3], Headers = headers } };

        var copy = DeadLetterCopy.Create(letter, T0);

        DeadLetterCopy.TargetTopic(letter).Should().Be("erp.customers.retry");
        copy.Key.Should().Equal([1]);
        copy.Value.Should().Equal([2, 3]);
        var names = copy.Headers.Select(h => h.Key).ToList();
        names.Should().NotContain(n => n.StartsWith("hub-error-"));
        names.Should().Contain([EventHeaders.EventId, EventHeaders.OriginalTopic]);
        Text(copy, EventHeaders.AttemptCount).Should().Be("0");
        Text(copy, EventHeaders.NotBefore).Should().Be(T0.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Text(copy, EventHeaders.ReplayOf).Should().Be("erp.customers.dlq:1:7");
        copy.Headers.Count(h => h.Key == EventHeaders.AttemptCount).Should().Be(1);
    }

    [Theory]
    [InlineData(null, false, false, null, 7 * 24)]
    [InlineData(null, false, false, "2d", 48)]
    [InlineData(null, false, false, "1.00:00:00", 24)]
    [InlineData("12h", true, false, "2d", 12)]
    public void ExpiryRule_OlderThanOverPolicyOverDefault(string? olderThan, bool all, bool ids, string? configured, int hours) =>
        Hub.Cli.Commands.DlqPurgeCommand.ExpiryRule(olderThan, all, ids, configured).Should().Be(TimeSpan.FromHours(hours));

    [Fact]
    public void ExpiryRule_AllOrIds_NoAgeRule()
    {
        Hub.Cli.Commands.DlqPurgeCommand.ExpiryRule(null, true, false, "2d").Should().BeNull();
        Hub.Cli.Commands.DlqPurgeCommand.ExpiryRule(null, false, true, null).Should().BeNull();
    }

    private static string Text(Message<byte[]?, byte[]?> message, string header) =>
        message.Headers.TryGetLastBytes(header, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException(header);
}
