using Accounting.Sandbox.Model;
using Microsoft.Extensions.Options;

namespace Accounting.Sandbox.Ledger;

/// <summary>
/// The organisation's books in memory: contacts, invoices, payments, the applied-writes log and the
/// Idempotency-Key store. One lock serialises every write, so a key is checked and applied atomically.
/// </summary>
public sealed partial class AccountingLedger(TimeProvider time, IOptions<AccountingSandboxOptions> options)
{
    private readonly Lock _gate = new();
    private readonly List<Contact> _contacts = [];
    private readonly List<Invoice> _invoices = [];
    private readonly List<Payment> _payments = [];
    private readonly List<AppliedWrite> _writes = [];
    private readonly Dictionary<string, StoredResponse> _idempotent = new(StringComparer.Ordinal);

    private AccountingSandboxOptions Options => options.Value;

    /// <summary>
    /// Applies a write once per Idempotency-Key: a repeated key gets the first answer back and changes nothing, as
    /// Xero does. Only successful answers are kept, so a refused request can be corrected and sent again.
    /// </summary>
    public StoredResponse Write(string? idempotencyKey, Func<string?, StoredResponse> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        lock (_gate)
        {
            if (idempotencyKey is not null && _idempotent.TryGetValue(idempotencyKey, out var first))
            {
                return first;
            }

            var response = apply(idempotencyKey);
            if (idempotencyKey is not null && response.Status is >= 200 and < 300)
            {
                _idempotent[idempotencyKey] = response;
            }

            return response;
        }
    }

    /// <summary>Runs a query under the lock; serialise inside it, the records are mutable.</summary>
    public T Read<T>(Func<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return query();
        }
    }

    public IReadOnlyList<AppliedWrite> Writes() => Read(() => _writes.ToList());

    public int IdempotencyKeyCount() => Read(() => _idempotent.Count);

    private DateTimeOffset Now() => time.GetUtcNow();

    private void Record(string kind, string id, string? number, string? key, string? reference = null) =>
        _writes.Add(new AppliedWrite(Now(), kind, id, number, key, reference));
}
