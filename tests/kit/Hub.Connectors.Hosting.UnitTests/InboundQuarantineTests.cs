using System.Text;
using Hub.Messaging;
using Hub.Messaging.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.UnitTests;

public sealed class InboundQuarantineTests : IDisposable
{
    private const string Topic = "acme-connector.inbound.dlq";
    private readonly RecordingDeadLetters _broker = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _meters.Dispose();

    [Fact]
    public async Task QuarantineAsync_Record_PublishedAsKeptWithTheConnectorsInboundGroupSourceAndReason()
    {
        var reason = new PermanentEventException("mapping-rejected", "acme-to-canonical: record rejected: email [format] reject: not an address");
        var record = new RejectedRecord("42", "acme.customer", Encoding.UTF8.GetBytes("""{"id":"42"}"""), "event-42", reason);

        await Quarantine().QuarantineAsync("webhook:/webhooks/acme", record, TestContext.Current.CancellationToken);

        var letter = _broker.Published.Should().ContainSingle().Subject;
        letter.Should().BeEquivalentTo(new InboundDeadLetter
        {
            Topic = Topic,
            Key = "42",
            Value = record.Value,
            EventId = "event-42",
            EventType = "acme.customer",
            Source = "webhook:/webhooks/acme",
            ConsumerGroup = "acme-connector.inbound",
            Error = reason,
        });
    }

    [Fact]
    public async Task QuarantineAsync_ConsumerGroupConfigured_PublishedUnderIt()
    {
        await Quarantine(group: "acme-connector.webhooks").QuarantineAsync("file:x.csv", Record("1"), TestContext.Current.CancellationToken);

        _broker.Published.Should().ContainSingle().Which.ConsumerGroup.Should().Be("acme-connector.webhooks");
    }

    [Fact]
    public async Task QuarantineAsync_SeveralRecords_PublishedInOrderAndLoggedOnce()
    {
        var log = new CountingLogger();

        await Quarantine(logger: log).QuarantineAsync("file:customers.csv", [Record("1"), Record("2"), Record("3"), Record("4")], TestContext.Current.CancellationToken);

        _broker.Published.Select(l => l.Key).Should().Equal("1", "2", "3", "4");
        log.Messages.Should().ContainSingle().Which.Should().Contain("Quarantined 4").And.Contain("file:customers.csv").And.Contain("(and 1 more)");
    }

    [Fact]
    public async Task QuarantineAsync_BrokerRefuses_ThrowsAndPublishesNoFurther()
    {
        _broker.Refuse = 1;

        var act = () => Quarantine().QuarantineAsync("file:customers.csv", [Record("1"), Record("2")], TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<PublishException>();
        _broker.Published.Should().BeEmpty("the caller must not acknowledge a record that was not kept");
    }

    [Fact]
    public void AddInboundQuarantine_TopicOfTheConnectorsOptions_IsWhereRecordsGo()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IInboundDeadLetterPublisher>(_broker);
        services.AddOptions<ConnectorOptions>().Configure(o => o.Name = "acme-connector");
        services.AddOptions<AcmeOptions>().Configure(o => o.RejectedTopic = Topic);

        services.AddInboundQuarantine<AcmeOptions>(o => o.RejectedTopic);

        using var provider = services.BuildServiceProvider();
        var quarantine = provider.GetRequiredService<InboundQuarantine>();
        (quarantine.Topic, quarantine.ConsumerGroup).Should().Be((Topic, "acme-connector.inbound"));
    }

    private InboundQuarantine Quarantine(string? group = null, ILogger<InboundQuarantine>? logger = null) => new(
        _broker,
        Options.Create(new InboundQuarantineOptions { Topic = Topic, ConsumerGroup = group }),
        Options.Create(new ConnectorOptions { Name = "acme-connector", SourceSystem = "acme" }),
        new ConnectorTelemetry(_meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), Options.Create(new ConnectorOptions { Name = "acme-connector" })),
        logger ?? NullLogger<InboundQuarantine>.Instance);

    private static RejectedRecord Record(string key) =>
        new(key, "acme.row", [1, 2, 3], $"event-{key}", new PermanentEventException("row-rejected", $"row {key}: bad"));

    public sealed class AcmeOptions
    {
        public string RejectedTopic { get; set; } = string.Empty;
    }

    private sealed class CountingLogger : ILogger<InboundQuarantine>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
