using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Identity;

namespace Accounting.Connector.Outbound;

/// <summary>
/// Xero contacts for the kit's <see cref="RevertRequestHandler"/>. The journal names a contact's fields as
/// canonical-to-accounting.customer's targets (Name, Phone, Address.City, ...) with the text
/// <see cref="ContactValues.Of"/> gave, so they are read back through it. The record id is the ContactID the save
/// returned (the contact number when Xero returned none). The write is built like the outbound one
/// (<see cref="ContactMapper.ToContact"/>): the POBOX address is sent whole, its other parts as they are now, and a
/// field to clear is sent as "" (Xero keeps a field left out).
/// </summary>
public sealed class XeroContactRevertTarget(XeroClient xero) : IRevertTarget
{
    public string RecordKind => "contact";

    public async Task<IReadOnlyDictionary<string, string?>?> ReadAsync(RevertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contact = await xero.GetContactAsync(request.RecordId, cancellationToken);
        return contact is null ? null : ContactValues.Of(contact);
    }

    public async Task WriteAsync(
        RevertRequest request, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> current, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(current);
        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        var address = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (target, now) in current)
        {
            var value = values.TryGetValue(target, out var restored) ? restored ?? "" : now;
            if (target.StartsWith("Address.", StringComparison.Ordinal))
            {
                address[target["Address.".Length..]] = value;
            }
            else
            {
                record[target] = value;
            }
        }

        record["Address"] = address;
        var contact = ContactMapper.ToContact(record, Guid.TryParse(request.RecordId, out var id) ? id : null, values.ContainsKey);
        await xero.SaveContactAsync(contact, idempotencyKey, cancellationToken);
    }
}
