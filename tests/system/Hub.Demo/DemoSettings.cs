using Hub.DevStack;

namespace Hub.Demo;

/// <summary>
/// The platform's settings for the demo: production settings, except that retries and polls are shortened so a
/// business day fits in a few minutes. In production the ERP and accounting connectors retry for about half an
/// hour (5 s doubling to 2 min) and the pollers run every 15-30 s; see docs/connectors/.
/// </summary>
public static class DemoSettings
{
    public const string Explanation = FastTimings.Explanation;

    public static HubPlatformSettings For(Hub.DevStack.DevStack stack, Uri registry, string keyPrefix, string legacyFolder) => new()
    {
        BootstrapServers = stack.BootstrapServers,
        RedisConfiguration = stack.RedisEndpoint,
        SchemaRegistry = registry,
        KeyPrefix = keyPrefix,
        LegacyFolder = legacyFolder,
        LogLevel = "Warning",
        Overrides = FastTimings.Overrides,
    };
}
