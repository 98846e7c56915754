using System.ComponentModel.DataAnnotations;
using Hub.Messaging.Errors;
using Hub.Messaging.Processing;
using Hub.Messaging.Serialization;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class DefaultErrorClassifierTests
{
    private readonly DefaultErrorClassifier _classifier = new();

    public static TheoryData<Exception> Permanent => new()
    {
        new PermanentEventException("rejected", "no"),
        new EventDecodeException("bad-magic-byte", "no"),
        new ValidationException("invalid"),
        new FormatException("bad format"),
        new InvalidCastException("wrong type"),
        new ArgumentException("bad argument"),
        new ArgumentNullException("name"),
        new ArgumentOutOfRangeException("count"),
    };

    public static TheoryData<Exception> Transient => new()
    {
        new TransientEventException("down"),
        new TransientEventException("throttled") { RetryAfter = TimeSpan.FromMinutes(1) },
        new TimeoutException("slow"),
        new HttpRequestException("connection refused"),
        new InvalidOperationException("unknown bug"),
        new DependencyUnavailableException("redis down"),
        new ProcessingStoreUnavailableException("redis down"),
        new TaskCanceledException("timeout"),
        new Exception("anything else"),
    };

    [Theory]
    [MemberData(nameof(Permanent))]
    public void Classify_RetryCannotHelp_Permanent(Exception error) =>
        _classifier.Classify(error).Should().Be(ErrorKind.Permanent);

    [Theory]
    [MemberData(nameof(Transient))]
    public void Classify_UnknownOrTransient_Transient(Exception error) =>
        _classifier.Classify(error).Should().Be(ErrorKind.Transient);

    [Fact]
    public void Classify_TransientWrappingPermanentCause_ClassifiedByOuterException()
    {
        var error = new TransientEventException("outer", new FormatException("inner"));

        _classifier.Classify(error).Should().Be(ErrorKind.Transient);
    }
}
