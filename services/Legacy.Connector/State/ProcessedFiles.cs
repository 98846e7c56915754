using System.Text.Json;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Legacy.Connector.State;

/// <summary>
/// Files already processed, by SHA-256 of their content: one Redis hash <c>{prefix}:legacy:files</c> (hash → JSON
/// of name, time, counts). A file dropped again with the same content is reported as a duplicate, not re-published.
/// </summary>
public sealed class ProcessedFiles(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
{
    private RedisKey Key => $"{options.Value.KeyPrefix}:legacy:files";

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
