using Hub.Contracts;
using Hub.Messaging;
using Hub.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Hosting.UnitTests.Topics;

public sealed class CanonicalTopicsTests
{
    private static readonly TopicCatalog Declared = TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, TopicCatalog.DefaultRelativePath));

    [Fact]
    public void Of_DeclaredEvent_IsItsDeclaredTopic()
    {
        using var app = TestConnector.Builder().Build();
        var topics = app.Services.GetRequiredService<CanonicalTopics>();

        topics.Of<CustomerUpserted>().Should().Be("canonical.customer.upserted");
        topics.Of<StockLevelChanged>().Should().Be("canonical.stock-level.changed");
    }

    [Fact]
    public void Of_RedirectedInConfiguration_IsTheRedirection()
    {
        using var app = TestConnector.Builder(("Topics:Canonical:CustomerUpserted", "it.customers.7")).Build();
        var topics = app.Services.GetRequiredService<CanonicalTopics>();

        topics.Of<CustomerUpserted>().Should().Be("it.customers.7");
        topics.Of<OrderPlaced>().Should().Be("canonical.order.placed", "only the redirected event type moves");
    }

    [Fact]
    public void Of_UndeclaredEvent_ThrowsNamingFileAndEvent()
    {
        using var app = TestConnector.Builder().Build();

        var act = () => app.Services.GetRequiredService<CanonicalTopics>().Of("RefundIssued");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*topics.yaml*event: RefundIssued*");
    }

    [Fact]
    public void Declaration_EveryCanonicalEventType_HasOneTopic()
    {
        var events = typeof(CustomerUpserted).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICanonicalEvent).IsAssignableFrom(t)).ToList();

        events.Should().NotBeEmpty();
        events.Should().OnlyContain(t => Declared.TopicOfEvent(t.Name).Name.StartsWith("canonical.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_CanonicalEvent_GoesToItsTopic()
    {
        var sent = new RecordingPublisher();
        var builder = TestConnector.Builder(("Topics:Canonical:OrderPlaced", "it.orders.3"));
        builder.Services.AddSingleton<IEventPublisher>(sent);
        using var app = builder.Build();

        await app.Services.GetRequiredService<CanonicalEventPublisher>().PublishAsync(new OrderPlaced(), TestContext.Current.CancellationToken);

        sent.Topics.Should().Equal("it.orders.3");
    }

    private sealed class RecordingPublisher : IEventPublisher
    {
        public List<string> Topics { get; } = [];

        public Task PublishAsync<TEvent>(string topic, TEvent @event, CancellationToken cancellationToken = default)
            where TEvent : IIntegrationEvent
        {
            Topics.Add(topic);
            return Task.CompletedTask;
        }
    }
}
