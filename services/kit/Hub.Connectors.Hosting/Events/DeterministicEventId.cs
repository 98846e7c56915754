using System.Security.Cryptography;
using System.Text;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name). The same change of the same record always
/// gets the same event id, so publishing it again after a crash is a duplicate the consumers drop.
/// </summary>
public static class DeterministicEventId
{
    /// <summary>The namespace of Hub's derived event ids (a fixed random UUID).</summary>
    public static readonly Guid Namespace = new("6f1c3c2e-8f0d-4b6a-9a57-3d2b9d2f4e11");

    /// <summary>An id for one version of a record, e.g. ("erp", "stock.quant", "42", write_date): polled changes.</summary>
    public static Guid ForChange(string system, string model, string recordId, DateTimeOffset changedAt) =>
        Create(Namespace, $"{system}|{model}|{recordId}|{changedAt.ToUnixTimeMilliseconds()}");

    /// <summary>
    /// An id for what one delivery of a source message produced, e.g. ("shop", "orders/create", X-Shopify-Webhook-Id,
    /// "OrderPlaced"): a duplicate delivery yields the same ids, so consumers drop the copies.
    /// </summary>
    public static Guid ForDelivery(string system, string topic, string deliveryId, string eventType) =>
        Create(Namespace, $"{system}|{topic}|{deliveryId}|{eventType}");

    /// <summary>An id for an event caused by another, e.g. the InvoiceRaised of one OrderPlaced: a replay yields the same id.</summary>
    public static Guid ForConsequence(string system, string causeEventId, string eventType) =>
        Create(Namespace, $"{system}|caused-by|{causeEventId}|{eventType}");

    public static Guid Create(Guid ns, string name)
    {
        Span<byte> nsBytes = stackalloc byte[16];
        ns.TryWriteBytes(nsBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        nsBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
