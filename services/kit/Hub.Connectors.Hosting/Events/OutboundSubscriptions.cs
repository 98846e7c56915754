using Hub.Contracts;
using Hub.Messaging;
using Hub.Messaging.Kafka.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class OutboundSubscriptions
{
    /// <summary>
    /// A subscription that writes canonical events to this connector's system: <c>AddSubscription</c> with the kit's
    /// outbound stages (today <see cref="Hub.Connectors.Hosting.SkipOwnEchoes{TEvent}"/>) in front of the handler.
    /// </summary>
    public static SubscriptionBuilder<TEvent> AddOutboundSubscription<TEvent, THandler>(this IServiceCollection services, string name, Action<SubscriptionOptions>? configure = null)
        where TEvent : class, ICanonicalEvent
        where THandler : class, IEventHandler<TEvent> =>
        services.AddSubscription<TEvent, THandler>(name, configure).UseStage<Hub.Connectors.Hosting.SkipOwnEchoes<TEvent>>();
}
