using Hub.Messaging.Kafka.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// The process's one <see cref="GroupProtocolChoice"/>: resolved when the first consumer starts (publish-only hosts
/// never probe), then cached; every consumer awaits the same task.
/// </summary>
public sealed class GroupProtocolProvider
{
    private readonly Lazy<Task<GroupProtocolChoice>> _choice;

    public GroupProtocolProvider(IOptions<KafkaOptions> options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger("Hub.Messaging.Kafka.GroupProtocol");
        _choice = new(() => GroupProtocolResolver.ResolveAsync(options.Value, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Null until the choice is made (no consumer yet, or the probe still running).</summary>
    public GroupProtocolChoice? Current => _choice.IsValueCreated && _choice.Value.IsCompletedSuccessfully ? _choice.Value.Result : null;

    /// <summary>
    /// Always resumes the caller on a thread-pool thread of its own: the callers are consumer loops that block in
    /// Consume right after, and a continuation run inline on the thread that finished the probe would hold that
    /// thread, and the continuations queued behind it (the other workers), forever.
    /// </summary>
    public async Task<GroupProtocolChoice> GetAsync(CancellationToken cancellationToken = default) =>
        await _choice.Value.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
}
