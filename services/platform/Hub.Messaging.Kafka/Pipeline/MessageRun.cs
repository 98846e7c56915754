using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// What the messages of one run of the pipeline share: one partition's share of a batch on the main worker (all its
/// key lanes), a single copy on the retry worker. <see cref="Seen"/> catches an event id twice in one batch.
/// </summary>
internal sealed class MessageRun<TEvent>(BatchLookup lookup, IEventHandler<TEvent> handler, IServiceProvider services, TagList tags, ReplayRequest? replay)
    where TEvent : class, IIntegrationEvent
{
    public BatchLookup Lookup { get; } = lookup;

    public IEventHandler<TEvent> Handler { get; } = handler;

    /// <summary>The scope the handler was resolved from.</summary>
    public IServiceProvider Services { get; } = services;

    public TagList Tags { get; } = tags;

    /// <summary>An active replay of this partition: events in its range that its filter does not select are skipped.</summary>
    public ReplayRequest? Replay { get; } = replay;

    public ConcurrentDictionary<string, byte> Seen { get; } = new(StringComparer.Ordinal);
}
