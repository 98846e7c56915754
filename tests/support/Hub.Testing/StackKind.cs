namespace Hub.Testing;

/// <summary>Where a fixture's Kafka or Redis comes from.</summary>
public enum StackKind
{
    /// <summary>The embedded mock cluster or a private redis-server process.</summary>
    Embedded,

    /// <summary>A Testcontainers container on a reachable Docker engine.</summary>
    Container,

    /// <summary>An existing server named by HUB_TEST_KAFKA / HUB_TEST_REDIS.</summary>
    External,
}
