using System.Text.Json;
using Hub.Connectors.Hosting;
using StackExchange.Redis;

namespace Legacy.Connector.State;

/// <summary>
/// Files already processed, by SHA-256 of their content: one Redis hash <c>{prefix}:conn:legacy-connector:files</c> (hash → JSON
/// of name, time, counts). A file dropped again with the same content is reported as a duplicate, not re-published.
/// </summary>
public sealed class ProcessedFiles(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    public const string Store = "files";

    /// <summary>Where it was kept before the one key scheme (moved at start-up).</summary>
    public const string FormerKey = "legacy:files";

    private RedisKey Key => keys.Key(Store);

    public async Task<ProcessedFile?> FindAsync(string hash)
    {
        var value = await redis.GetDatabase().HashGetAsync(Key, hash).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<ProcessedFile>(value.ToString());
    }

    public Task RecordAsync(ProcessedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return redis.GetDatabase().HashSetAsync(Key, file.Hash, JsonSerializer.Serialize(file));
    }

    public async Task<IReadOnlyList<ProcessedFile>> ListAsync()
    {
        var entries = await redis.GetDatabase().HashValuesAsync(Key).ConfigureAwait(false);
        return entries.Select(e => JsonSerializer.Deserialize<ProcessedFile>(e.ToString())!).OrderBy(f => f.ProcessedAt).ToList();
    }
}
