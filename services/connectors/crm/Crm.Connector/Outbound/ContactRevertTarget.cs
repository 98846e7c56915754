using Crm.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Identity;

namespace Crm.Connector.Outbound;

/// <summary>
/// CRM contacts for the kit's <see cref="RevertRequestHandler"/>: contact properties are text already, in the form
/// the journal recorded them. The write remembers its echo markers first, so the webhook the CRM sends back for it
/// is recognised as the platform's own change.
/// </summary>
public sealed class ContactRevertTarget(CrmClient crm, EchoMarkers echoes) : IRevertTarget
{
    public string RecordKind => "contact";

    public async Task<IReadOnlyDictionary<string, string?>?> ReadAsync(RevertRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The e-mail is the echo markers' key, so it is read even when the revert does not touch it.
        var properties = request.Fields.Select(f => f.Field).Append("email").Distinct(StringComparer.Ordinal).ToList();
        var contact = await crm.FindContactAsync(request.RecordId, byEmail: false, properties, cancellationToken);
        return contact?.Properties;
    }

    public async Task WriteAsync(
        RevertRequest request, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> current, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(current);
        // HubSpot clears a property given "", not null.
        var write = values.ToDictionary(p => p.Key, p => (string?)(p.Value ?? ""), StringComparer.Ordinal);
        if (current.GetValueOrDefault("email") is { } email)
        {
            await echoes.RememberAsync(email, write.Append(new("email", email)).DistinctBy(p => p.Key).ToDictionary());
        }

        await crm.UpdateContactAsync(request.RecordId, write, idempotencyKey, cancellationToken);
    }
}
