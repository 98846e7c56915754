using Hub.Messaging.Kafka.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// The process's one <see cref="GroupProtocolChoice"/>: resolved once, at start-up (<see cref="GroupProtocolStartup"/>),
/// then cached; every consumer awaits the same task.
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

    /// <summary>Made once; <see cref="GroupProtocolStartup"/> makes it while the host starts.</summary>
    public Task<GroupProtocolChoice> GetAsync(CancellationToken cancellationToken = default) => _choice.Value.WaitAsync(cancellationToken);
}
