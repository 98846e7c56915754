using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Resilience.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Registry;

namespace Hub.Resilience.UnitTests;

/// <summary>
/// "handler": one pipeline per subscription (<c>handler:{name}</c>), starting from <c>Resilience:handler</c> with
/// <c>Subscriptions:{name}</c> on top. How it retries, breaks and budgets: Hub.Messaging.UnitTests.
/// </summary>
public sealed class HandlerPipelineTests
{
    private const string Subscription = "orders";

    [Theory]
    [InlineData(null, null, 4)]
    [InlineData("1", null, 2)]
    [InlineData("1", "5", 6)]
    [InlineData(null, "0", 1)]
    public async Task Pipeline_InProcessAttemptsFromDefaultsThenSubscription_TriesThatOften(string? handlerDefault, string? subscriptionValue, int expectedCalls)
    {
        var settings = Subscribed();
        settings["Resilience:handler:Retry:InProcessAttempts"] = handlerDefault;
        settings[$"Subscriptions:{Subscription}:Retry:InProcessAttempts"] = subscriptionValue;
        using var provider = Build(settings);
        var calls = 0;

        var act = async () => await Pipeline(provider).ExecuteAsync(_ =>
        {
            calls++;
            throw new TransientEventException("down");
        });

        await act.Should().ThrowAsync<TransientEventException>();
        calls.Should().Be(expectedCalls);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public void Pipeline_CircuitBreakerSwitchedInTheSection_FollowsIt(string? enabled, bool expectedBreaker)
    {
        var settings = Subscribed();
        settings["Resilience:handler:CircuitBreaker:Enabled"] = enabled;
        using var provider = Build(settings);

        _ = Pipeline(provider);

        provider.GetRequiredService<CircuitStates>().Snapshot.ContainsKey(Subscription).Should().Be(expectedBreaker);
    }

    [Fact]
    public void Pipeline_UnknownKeyInTheSection_FailsNamingIt()
    {
        var settings = Subscribed();
        settings["Resilience:handler:Retry:InProcesAttempts"] = "1";
        using var provider = Build(settings);

        var act = () => Pipeline(provider);

        act.Should().Throw<InvalidOperationException>().WithMessage("*InProcesAttempts*");
    }

    [Fact]
    public void Pipeline_ObtainedTwice_IsTheSameInstance()
    {
        using var provider = Build(Subscribed());

        Pipeline(provider).Should().BeSameAs(Pipeline(provider), "a subscription resolves its pipeline once; the registry keeps it");
    }

    private static ResiliencePipeline Pipeline(IServiceProvider provider) =>
        provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.HandlerFor(Subscription));

    private static Dictionary<string, string?> Subscribed() => new()
    {
        [$"Subscriptions:{Subscription}:Topics:0"] = "orders",
        [$"Subscriptions:{Subscription}:GroupId"] = "orders-group",
        // No waits between tries, so the fake clock need not move.
        ["Resilience:handler:Retry:InProcessBaseDelay"] = "00:00:00",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var (services, _, _) = TestServices.Create(settings);
        services.AddKafkaMessaging();
        services.AddSubscription<ProbeEvent, ProbeHandler>(Subscription);
        return services.BuildServiceProvider();
    }
}
