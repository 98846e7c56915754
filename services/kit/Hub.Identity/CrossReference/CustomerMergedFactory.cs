using Hub.Contracts;

namespace Hub.Identity;

/// <summary>Builds the canonical <see cref="CustomerMerged"/> event from a customer merge.</summary>
public static class CustomerMergedFactory
{
    /// <param name="eventId">Pass a stable id (e.g. derived from the merge request) so a retried merge publishes a duplicate consumers drop.</param>
    public static CustomerMerged Create(MergeResult merge, string sourceSystem, string sourceRecordId, string correlationId, Guid eventId, DateTimeOffset occurredAt)
    {
        if (merge.MergedIds.Count == 0)
        {
            throw new ArgumentException("The merge retired no canonical id; there is nothing to announce.", nameof(merge));
        }

        return new CustomerMerged
        {
            Envelope = new Envelope
            {
                EventId = eventId,
                EntityId = merge.SurvivorId,
                SourceSystem = sourceSystem,
                SourceRecordId = sourceRecordId,
                OccurredAt = occurredAt,
                CorrelationId = correlationId,
                SchemaVersion = CustomerMerged.ContractVersion,
            },
            SurvivingCustomerId = merge.SurvivorId,
            MergedCustomerIds = merge.MergedIds.ToList(),
            Reason = merge.Reason,
        };
    }
}
