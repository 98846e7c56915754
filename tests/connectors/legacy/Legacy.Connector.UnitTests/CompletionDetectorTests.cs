using Legacy.Connector.Inbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Legacy.Connector.UnitTests;

public sealed class CompletionDetectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("legacy-completion-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CompletionDetector Detector(bool requireMarker = false) =>
        new(Options.Create(new InboundOptions { SettleTime = TimeSpan.FromSeconds(10), RequireMarker = requireMarker }), _time);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.AppendAllText(path, text);
        return path;
    }

    [Fact]
    public void IsComplete_GrowingFile_NotCompleteUntilStableForSettleTime()
    {
        var detector = Detector();
        var path = Write("customers_1.csv", "CUST_NO;EMAIL\n");
        detector.IsComplete(path).Should().BeFalse("first sight starts the clock");

        _time.Advance(TimeSpan.FromSeconds(8));
        Write("customers_1.csv", "C-1;a@b.example\n");
        detector.IsComplete(path).Should().BeFalse("the size changed, so the clock restarts");

        _time.Advance(TimeSpan.FromSeconds(9));
        detector.IsComplete(path).Should().BeFalse("stable for 9 s only");

        _time.Advance(TimeSpan.FromSeconds(1));
        detector.IsComplete(path).Should().BeTrue("stable for the whole settle time");
    }

    [Theory]
    [InlineData("customers_2.csv.done")]
    [InlineData("customers_2.done")]
    [InlineData("customers_2.csv.ok")]
    public void IsComplete_MarkerExists_CompleteAtOnce(string marker)
    {
        var detector = Detector(requireMarker: true);
        var path = Write("customers_2.csv", "CUST_NO;EMAIL\n");
        detector.IsComplete(path).Should().BeFalse();

        Write(marker, "");

        detector.IsComplete(path).Should().BeTrue();
        detector.MarkerOf(path).Should().Be(Path.Combine(_folder, marker));
    }

    [Fact]
    public void IsComplete_RequireMarkerWithoutMarker_NeverComplete()
    {
        var detector = Detector(requireMarker: true);
        var path = Write("customers_3.csv", "CUST_NO;EMAIL\n");
        detector.IsComplete(path);

        _time.Advance(TimeSpan.FromMinutes(5));

        detector.IsComplete(path).Should().BeFalse();
    }

    [Fact]
    public void IsComplete_EmptyFile_NotCompleteEvenWhenStable()
    {
        var detector = Detector();
        var path = Write("customers_4.csv", "");
        detector.IsComplete(path);

        _time.Advance(TimeSpan.FromMinutes(1));

        detector.IsComplete(path).Should().BeFalse("an exporter may have created the file without writing yet");
    }
}
