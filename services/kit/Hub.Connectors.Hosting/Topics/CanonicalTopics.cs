using Hub.Contracts;
using Hub.Topics;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The topic of each canonical event type: the one contracts/topics.yaml declares for it (<c>event:</c>), unless
/// <see cref="TopicOptions.Canonical"/> redirects it. Connectors name no topics in code.
/// </summary>
public sealed class CanonicalTopics(TopicCatalog catalog, IOptions<TopicOptions> options)
{
    public string Of<TEvent>()
        where TEvent : ICanonicalEvent => Of(typeof(TEvent).Name);

    /// <param name="eventType">The event's type name, e.g. CustomerUpserted.</param>
    /// <exception cref="KeyNotFoundException">The declaration has no topic for the event type and nothing redirects it.</exception>
    public string Of(string eventType) =>
        options.Value.Canonical.TryGetValue(eventType, out var redirected) && !string.IsNullOrWhiteSpace(redirected)
            ? redirected
            : catalog.TopicOfEvent(eventType).Name;
}
