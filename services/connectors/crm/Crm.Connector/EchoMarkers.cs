using Hub.Connectors.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.Connector;

/// <summary>
/// Remembers the property values the connector wrote to a contact (Redis hash per e-mail, with a TTL), written
/// before the write so even a webhook that overtakes the API answer is recognised. A webhook whose property
/// changes are all exactly those values, on a contact that still holds them, is the CRM echoing the connector's
/// own write and is not published again; any other change (another property, another value) is published.
/// </summary>
public sealed class EchoMarkers(IConnectionMultiplexer redis, ConnectorStateKeys keys, IOptions<CrmConnectorOptions> options)
{
    public async Task RememberAsync(string email, IReadOnlyDictionary<string, string?> written)
    {
        var key = Key(email);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync(key);
        _ = transaction.HashSetAsync(key, written.Select(p => new HashEntry(p.Key, p.Value ?? string.Empty)).ToArray());
        _ = transaction.KeyExpireAsync(key, options.Value.EchoMarkerTtl);
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }

    /// <param name="changes">The webhook's changes of this contact: property name and value; null name = the creation.</param>
    public async Task<bool> IsEchoAsync(string? email, IReadOnlyDictionary<string, string?> current, IReadOnlyCollection<(string? Property, string? Value)> changes)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var entries = await redis.GetDatabase().HashGetAllAsync(Key(email)).ConfigureAwait(false);
        if (entries.Length == 0)
        {
            return false;
        }

        var written = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        var stillAsWritten = written.All(w => string.Equals(current.GetValueOrDefault(w.Key) ?? string.Empty, w.Value, StringComparison.Ordinal));
        var onlyOwnChanges = changes.All(c => c.Property is null
            || (written.TryGetValue(c.Property, out var value) && string.Equals(value, c.Value ?? string.Empty, StringComparison.Ordinal)));
        return stillAsWritten && onlyOwnChanges;
    }

    // Not moved from the former key (crm-connector:written:*): a marker lives minutes, a restart may forget it.
    private RedisKey Key(string email) => keys.Key("written", email.Trim().ToLowerInvariant());
}
