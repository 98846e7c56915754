using System.Globalization;

namespace Hub.Testing.Connectors;

/// <summary>
/// One subscription of a connector under test (<c>Subscriptions:{Name}</c>): the run's own topic and consumer group
/// (whose retry and dead-letter topics the <see cref="ConnectorStack"/> creates up front), and retry delays short enough
/// for a test. A delay left null keeps the connector's own setting.
/// </summary>
/// <param name="Name">The subscription's name in configuration, e.g. <c>customers</c>.</param>
public sealed record ConnectorSubscription(string Name)
{
    /// <summary>The short name of the run's topic it reads (<see cref="ConnectorStack.Topic"/>); the subscription's name when null.</summary>
    public string? Topic { get; init; }

    public int? InProcessAttempts { get; init; }

    public TimeSpan? InProcessBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan? InProcessMaxDelay { get; init; }

    public TimeSpan? RetryTopicBaseDelay { get; init; }

    public TimeSpan? RetryTopicMaxDelay { get; init; }

    public int? RetryTopicAttempts { get; init; }

    /// <summary>False turns the breaker off, so a test's deliberate failures do not pause the subscription; null keeps the default.</summary>
    public bool? CircuitBreakerEnabled { get; init; }

    /// <summary>
    /// Production's shape in about a second (in process, then the retry topic) and no circuit breaker, for tests that
    /// make a subscription fail on purpose and wait for its retries or dead letters.
    /// </summary>
    public static ConnectorSubscription Fast(string name) => new(name)
    {
        InProcessMaxDelay = TimeSpan.FromMilliseconds(200),
        RetryTopicBaseDelay = TimeSpan.FromMilliseconds(300),
        RetryTopicMaxDelay = TimeSpan.FromSeconds(1),
        CircuitBreakerEnabled = false,
    };

    /// <summary>The settings (<c>Subscriptions__{Name}__...</c>) for <paramref name="run"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings(ConnectorStack run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var section = $"Subscriptions__{Name}__";
        yield return new(section + "Topics__0", run.Topic(Topic ?? Name));
        yield return new(section + "GroupId", run.Group(Name));

        var values = new (string Key, string? Value)[]
        {
            ("Retry__InProcessAttempts", InProcessAttempts?.ToString(CultureInfo.InvariantCulture)),
            ("Retry__InProcessBaseDelay", InProcessBaseDelay?.ToString("c", CultureInfo.InvariantCulture)),
            ("Retry__InProcessMaxDelay", InProcessMaxDelay?.ToString("c", CultureInfo.InvariantCulture)),
            ("Retry__RetryTopicBaseDelay", RetryTopicBaseDelay?.ToString("c", CultureInfo.InvariantCulture)),
            ("Retry__RetryTopicMaxDelay", RetryTopicMaxDelay?.ToString("c", CultureInfo.InvariantCulture)),
            ("Retry__RetryTopicAttempts", RetryTopicAttempts?.ToString(CultureInfo.InvariantCulture)),
            ("CircuitBreaker__Enabled", CircuitBreakerEnabled is { } enabled ? (enabled ? "true" : "false") : null),
        };
        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                yield return new(section + key, value);
            }
        }
    }
}
