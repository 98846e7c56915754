namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>The scope offered to stages when the caller has none (tests that pass a handler directly).</summary>
internal sealed class NoServices : IServiceProvider
{
    public static NoServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
