using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Messaging;

namespace Crm.Connector.Identity;

/// <summary>
/// Links CRM contacts to canonical customer ids. The CRM is the authority for customers, so a contact never stays
/// unmatched; when its match keys point at more than one canonical id, the ids are merged and CustomerMerged is
/// published (with an id derived from the cause, so a retried merge publishes a duplicate consumers drop).
/// </summary>
public sealed class CustomerIdentity(
    CrossReferenceStore crossReference, CanonicalEventPublisher publisher, EnvelopeFactory envelopes, TimeProvider time)
{
    public const string EntityType = "customer";

    /// <param name="expectedId">The canonical id the caller already knows the contact by (outbound writes), if any.</param>
    /// <param name="causeEventId">The event this resolution belongs to; merge events derive their ids from it.</param>
    public async Task<string> ResolveAsync(string contactId, string? email, string? vatId, string? expectedId, Guid causeEventId, string correlationId, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, string?> { ["email"] = email, ["vatId"] = vatId };
        var result = await crossReference.ResolveOrCreateAsync(EntityType, envelopes.SourceSystem, contactId, keys).ConfigureAwait(false);
        var canonicalId = result.CanonicalId ?? throw new InvalidOperationException($"crm contact {contactId} was left unmatched, but crm is the customer authority; check Identity:OwnershipFile.");
        IReadOnlyList<string> losers = [];
        var survivor = canonicalId;
        if (result.Status == ResolveStatus.MergeNeeded)
        {
            survivor = result.Survivor ?? canonicalId;
            losers = result.Losers;
        }
        else if (expectedId is not null && expectedId != canonicalId)
        {
            // The contact was written for expectedId but its keys resolved elsewhere: one customer, two ids.
            // An id the cross-reference never created is no second record of this customer: nothing to merge.
            survivor = await crossReference.FindMergeSurvivorAsync(EntityType, expectedId).ConfigureAwait(false) ?? canonicalId;
            losers = survivor == canonicalId ? [] : [canonicalId];
        }

        if (losers.Count > 0)
        {
            await MergeAsync(survivor, losers, contactId, causeEventId, correlationId, cancellationToken).ConfigureAwait(false);
        }

        return survivor;
    }

    public async Task<string?> FindContactIdAsync(string canonicalId)
    {
        var links = await crossReference.GetLinksAsync(EntityType, canonicalId).ConfigureAwait(false);
        return links.FirstOrDefault(l => l.System == envelopes.SourceSystem)?.LocalId;
    }

    private async Task MergeAsync(string survivor, IReadOnlyList<string> losers, string contactId, Guid causeEventId, string correlationId, CancellationToken cancellationToken)
    {
        var merge = await crossReference.MergeAsync(EntityType, survivor, losers, $"crm contact {contactId} matches several customers").ConfigureAwait(false);
        if (merge.MergedIds.Count == 0)
        {
            return;
        }

        var eventId = DeterministicEventId.ForConsequence(envelopes.SourceSystem, causeEventId.ToString(), nameof(CustomerMerged));
        var merged = CustomerMergedFactory.Create(merge, envelopes.SourceSystem, contactId, correlationId, eventId, time.GetUtcNow());
        await publisher.PublishAsync(merged, cancellationToken).ConfigureAwait(false);
    }
}
