using Hub.Messaging;
using Hub.Messaging.Kafka.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What <c>AddSubscription</c> returns: adds the subscription's own stages to its pipeline.</summary>
public sealed class SubscriptionBuilder<TEvent>(IServiceCollection services)
    where TEvent : class, IIntegrationEvent
{
    private readonly List<Type> _stageTypes = [];

    public IServiceCollection Services { get; } = services;

    /// <summary>Read when the subscription starts, so stages added after AddSubscription returned count too.</summary>
    internal IReadOnlyList<Type> StageTypes => _stageTypes;

    /// <summary>
    /// Runs <typeparamref name="TStage"/> for every message of this subscription (main and retry worker) after the
    /// built-in checks (replay filter, dedup, decode failure, park behind key) and before the handler, after the
    /// stages added before it (docs/architecture.md, "The stages"). Created once from the container, as a singleton;
    /// <see cref="MessageContext{TEvent}.Services"/> is the batch's scope for scoped services.
    /// </summary>
    public SubscriptionBuilder<TEvent> UseStage<TStage>()
        where TStage : class, IMessageStage<TEvent>
    {
        Services.TryAddSingleton<TStage>();
        _stageTypes.Add(typeof(TStage));
        return this;
    }
}
