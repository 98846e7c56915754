using Hub.Identity;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>One record of a system, in the journal's text form; null once the record is gone. Keeps what was written.</summary>
internal sealed class FakeRevertTarget : IRevertTarget
{
    public Dictionary<string, string?>? Record { get; set; }

    public int Reads { get; private set; }

    public List<(string RecordId, Dictionary<string, string?> Values, string IdempotencyKey)> Writes { get; } = [];

    public string RecordKind => "partner";

    public Task<IReadOnlyDictionary<string, string?>?> ReadAsync(RevertRequest request, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyDictionary<string, string?>?>(Record is null ? null : new Dictionary<string, string?>(Record, StringComparer.Ordinal));
    }

    public Task WriteAsync(
        RevertRequest request, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> current, string idempotencyKey, CancellationToken cancellationToken)
    {
        Writes.Add((request.RecordId, values.ToDictionary(StringComparer.Ordinal), idempotencyKey));
        foreach (var (field, value) in values)
        {
            Record![field] = value;
        }

        return Task.CompletedTask;
    }
}
