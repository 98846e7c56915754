using System.ComponentModel.DataAnnotations;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.UnitTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.UnitTests.Configuration;

public sealed class SubscriptionOptionsTests
{
    [Fact]
    public void Validate_CompleteOptions_NoErrors()
    {
        Validate(Valid()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_NoTopics_FailsOnTopics()
    {
        var options = Valid();
        options.Topics = [];

        Validate(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(SubscriptionOptions.Topics));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoGroupId_FailsOnGroupId(string groupId)
    {
        var options = Valid();
        options.GroupId = groupId;

        Validate(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(SubscriptionOptions.GroupId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Validate_BatchSizeOutOfRange_FailsOnMaxBatchSize(int size)
    {
        var options = Valid();
        options.MaxBatchSize = size;

        Validate(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(SubscriptionOptions.MaxBatchSize));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(257)]
    public void Validate_KeyConcurrencyOutOfRange_FailsOnKeyConcurrency(int concurrency)
    {
        var options = Valid();
        options.KeyConcurrency = concurrency;

        Validate(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(SubscriptionOptions.KeyConcurrency));
    }

    [Fact]
    public void AddSubscription_NoTopicsConfigured_OptionsValidationFails()
    {
        using var services = Services(o => o.GroupId = "billing");

        var act = () => services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get("billing-orders");

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(nameof(SubscriptionOptions.Topics));
    }

    [Fact]
    public void AddSubscription_NestedSectionsOutOfRange_OptionsValidationFailsNamingEach()
    {
        using var services = Services(o =>
        {
            o.Topics = ["orders"];
            o.GroupId = "billing";
            o.Retry.InProcessAttempts = 500;
            o.Retry.RetryTopicAttempts = 0;
            o.CircuitBreaker.FailureRatio = 7;
        });

        var act = () => services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get("billing-orders");

        act.Should().Throw<OptionsValidationException>().Which.Message.Should()
            .Contain("Retry").And.Contain(nameof(RetryOptions.InProcessAttempts)).And.Contain(nameof(RetryOptions.RetryTopicAttempts))
            .And.Contain("CircuitBreaker").And.Contain(nameof(CircuitBreakerOptions.FailureRatio));
    }

    [Fact]
    public void AddSubscription_BaseDelayLongerThanMaximum_OptionsValidationFails()
    {
        using var services = Services(o =>
        {
            o.Topics = ["orders"];
            o.GroupId = "billing";
            o.Retry.RetryTopicBaseDelay = TimeSpan.FromHours(1);
        });

        var act = () => services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get("billing-orders");

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("base delay");
    }

    [Fact]
    public void AddSubscription_NoGroupConfigured_OptionsValidationFails()
    {
        using var services = Services(o => o.Topics = ["orders"]);

        var act = () => services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get("billing-orders");

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(nameof(SubscriptionOptions.GroupId));
    }

    [Fact]
    public void AddSubscription_Complete_NameDefaultsToSubscriptionName()
    {
        using var services = Services(o =>
        {
            o.Topics = ["orders"];
            o.GroupId = "billing";
        });

        var options = services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get("billing-orders");

        options.Name.Should().Be("billing-orders");
        options.Topics.Should().Equal("orders");
    }

    [Fact]
    public void TopicNames_NotConfigured_DerivedFromGroup()
    {
        var options = Valid();

        options.RetryTopicName.Should().Be("billing.retry");
        options.DeadLetterTopicName.Should().Be("billing.dlq");
        options.RetryGroupId.Should().Be("billing.retry");
    }

    [Fact]
    public void TopicNames_Configured_ConfiguredNamesWinButRetryGroupStaysDerived()
    {
        var options = Valid();
        options.RetryTopic = "shared.retry";
        options.DeadLetterTopic = "shared.dlq";

        options.RetryTopicName.Should().Be("shared.retry");
        options.DeadLetterTopicName.Should().Be("shared.dlq");
        options.RetryGroupId.Should().Be("billing.retry");
    }

    [Fact]
    public void TopicNames_EmptyStrings_TreatedAsNotConfigured()
    {
        var options = Valid();
        options.RetryTopic = string.Empty;
        options.DeadLetterTopic = string.Empty;

        options.RetryTopicName.Should().Be("billing.retry");
        options.DeadLetterTopicName.Should().Be("billing.dlq");
    }

    [Fact]
    public void Defaults_NewOptions_DocumentedValues()
    {
        var options = new SubscriptionOptions();

        options.MaxBatchSize.Should().Be(500);
        options.Retry.InProcessAttempts.Should().Be(3);
        options.Retry.RetryTopicAttempts.Should().Be(12);
        options.Retry.RetryTopicEnabled.Should().BeTrue();
        options.CircuitBreaker.Enabled.Should().BeTrue();
        options.RateLimit.PermitsPerSecond.Should().Be(0);
    }

    private static SubscriptionOptions Valid() => new() { Name = "billing-orders", Topics = ["orders"], GroupId = "billing" };

    private static List<ValidationResult> Validate(SubscriptionOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static ServiceProvider Services(Action<SubscriptionOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSubscription<TestEvent, ScriptedHandler>("billing-orders", configure);
        return services.BuildServiceProvider();
    }
}
