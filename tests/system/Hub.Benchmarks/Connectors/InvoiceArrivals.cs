using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// When each invoice reached the accounting sandbox's API (its applied-writes log: the time the sandbox applied the
/// POST, by the invoice's reference, which is the order number).
/// </summary>
public sealed class InvoiceArrivals(HttpClient accountingSandbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits until <paramref name="expected"/> invoices with a reference starting with <paramref name="prefix"/> exist,
    /// or until none arrives for 30 s; returns arrival time by reference.
    /// </summary>
    public async Task<Dictionary<string, DateTimeOffset>> WaitForAsync(string prefix, int expected)
    {
        var arrivals = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lastProgress = DateTimeOffset.UtcNow;
        while (arrivals.Count < expected && DateTimeOffset.UtcNow - lastProgress < Quiet)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var before = arrivals.Count;
            arrivals = await ReadAsync(prefix);
            if (arrivals.Count > before)
            {
                lastProgress = DateTimeOffset.UtcNow;
            }
        }

        return arrivals;
    }

    private async Task<Dictionary<string, DateTimeOffset>> ReadAsync(string prefix)
    {
        var writes = await accountingSandbox.GetFromJsonAsync<List<Write>>("/_sandbox/accounting/writes", Json) ?? [];
        var invoices = writes.Where(w => w.Kind == "invoice.created" && w.Reference?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
        var duplicated = invoices.GroupBy(w => w.Reference!).Where(g => g.Count() > 1).ToList();
        if (duplicated.Count > 0)
        {
            throw new InvalidOperationException(
                $"{duplicated.Count} orders got more than one invoice, e.g. {duplicated[0].Key}: {string.Join(", ", duplicated[0].Select(w => $"{w.At:HH:mm:ss.fff} key {w.IdempotencyKey}"))}.");
        }

        return invoices.ToDictionary(w => w.Reference!, w => w.At, StringComparer.Ordinal);
    }

    private sealed record Write(DateTimeOffset At, string Kind, string? Reference, string? IdempotencyKey);
}
