using Hub.Contracts;
using Hub.Messaging.Kafka.Configuration;
using Hub.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.UnitTests.Topics;

public sealed class SubscriptionDefaultsTests
{
    [Fact]
    public void AddOutboundSubscription_NoOverride_GroupAndTopicsFromDeclaration()
    {
        var options = Options("customers", outbound: true);

        options.GroupId.Should().Be("erp-connector.customers");
        options.Topics.Should().Equal("canonical.customer.upserted");
    }

    [Fact]
    public void AddSubscription_NoOverride_GroupAndTopicsFromDeclaration()
    {
        var options = Options("orders", outbound: false);

        options.GroupId.Should().Be("erp-connector.orders");
        options.Topics.Should().Equal("canonical.order.placed");
    }

    [Fact]
    public void AddSubscription_DeclaredGroup_RetryAndDeadLetterTopicsAreTheDeclaredOnes()
    {
        var options = Options("customers", outbound: true);
        var declared = TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, TopicCatalog.DefaultRelativePath));

        declared.TryGetGroup(options.GroupId, out var group).Should().BeTrue();
        options.RetryTopicName.Should().Be(group!.RetryTopic);
        options.DeadLetterTopicName.Should().Be(group.DeadLetterTopic);
        declared.TryGet(options.RetryTopicName, out _).Should().BeTrue("the topic provisioner creates the retry topic the worker reads");
        declared.TryGet(options.DeadLetterTopicName, out _).Should().BeTrue();
    }

    [Fact]
    public void AddSubscription_TopicsAndGroupInConfiguration_OverrideTheDeclaration()
    {
        var options = Options("customers", outbound: true, ("Subscriptions:customers:Topics:0", "it.customers.1"), ("Subscriptions:customers:GroupId", "it.group.1"));

        options.GroupId.Should().Be("it.group.1");
        options.Topics.Should().Equal("it.customers.1");
        options.RetryTopicName.Should().Be("it.group.1.retry");
    }

    [Fact]
    public void AddSubscription_OnlyGroupInConfiguration_TopicsStillFromDeclaration()
    {
        var options = Options("customers", outbound: true, ("Subscriptions:customers:GroupId", "it.group.2"));

        options.GroupId.Should().Be("it.group.2");
        options.Topics.Should().Equal("canonical.customer.upserted");
    }

    [Fact]
    public void AddSubscription_ConfigureDelegate_WinsOverTheDeclaration()
    {
        var builder = TestConnector.Builder();
        builder.Services.AddSubscription<CustomerUpserted, IgnoreCustomers>("customers", o => o.Topics = ["elsewhere"]);
        using var app = builder.Build();

        Resolve(app.Services, "customers").Topics.Should().Equal("elsewhere");
    }

    [Fact]
    public void AddSubscription_UndeclaredGroupWithoutOverride_FailsNamingGroupAndOverride()
    {
        var act = () => Options("refunds", outbound: true);

        act.Should().Throw<OptionsValidationException>()
            .Which.Message.Should().Contain("declares no group 'erp-connector.refunds'")
            .And.Contain("Subscriptions:refunds:Topics").And.Contain("Subscriptions:refunds:GroupId");
    }

    [Fact]
    public void AddSubscription_UndeclaredGroupWithOverride_UsesTheOverride()
    {
        var options = Options("refunds", outbound: true, ("Subscriptions:refunds:Topics:0", "it.refunds"), ("Subscriptions:refunds:GroupId", "it.refunds-group"));

        options.Topics.Should().Equal("it.refunds");
    }

    [Fact]
    public async Task StartAsync_UndeclaredGroupWithoutOverride_StopsTheConnector()
    {
        var builder = TestConnector.Builder();
        builder.Services.AddOutboundSubscription<CustomerUpserted, IgnoreCustomers>("refunds");
        await using var app = builder.Build();

        var act = () => app.StartAsync(TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().StartWith("Subscription 'refunds' of erp-connector has no topics and group id");
    }

    [Fact]
    public async Task StartAsync_TopicsFileMissing_StopsTheConnectorNamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "topics.yaml");
        var builder = TestConnector.Builder(("Topics:File", missing));
        builder.Services.AddOutboundSubscription<CustomerUpserted, IgnoreCustomers>("customers");
        await using var app = builder.Build();

        var act = () => app.StartAsync(TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<TopicCatalogException>()).Which.Message.Should().Contain(missing).And.Contain("Topics:File");
    }

    private static SubscriptionOptions Options(string name, bool outbound, params (string Key, string Value)[] settings)
    {
        var builder = TestConnector.Builder(settings);
        if (outbound)
        {
            builder.Services.AddOutboundSubscription<CustomerUpserted, IgnoreCustomers>(name);
        }
        else
        {
            builder.Services.AddSubscription<CustomerUpserted, IgnoreCustomers>(name);
        }

        using var app = builder.Build();
        return Resolve(app.Services, name);
    }

    private static SubscriptionOptions Resolve(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get(name);
}
