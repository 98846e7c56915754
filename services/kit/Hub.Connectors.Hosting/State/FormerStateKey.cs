using StackExchange.Redis;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Where a store kept its state before the one key scheme, for the start-up move (<see cref="ConnectorStateUpgrade"/>).
/// <paramref name="Former"/> is relative to the key prefix; ending in <c>*</c> it is a pattern and
/// <paramref name="Current"/> receives the part the star matched (the record id); otherwise it receives "".
/// </summary>
public sealed record FormerStateKey(string Former, Func<string, RedisKey> Current)
{
    public bool IsPattern => Former.EndsWith('*');
}
