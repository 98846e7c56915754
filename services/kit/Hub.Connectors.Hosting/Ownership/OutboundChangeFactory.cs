using Hub.Contracts;
using Hub.Mapping;

namespace Hub.Connectors.Hosting;

/// <summary>The <see cref="OutboundChange"/> an outbound handler hands to <see cref="OutboundOwnership.DecideAsync"/>.</summary>
public static class OutboundChangeFactory
{
    /// <summary>The entity type of customers in contracts/ownership.yaml.</summary>
    public const string CustomerEntityType = "customer";

    /// <summary>
    /// A CustomerUpserted about to be written: its envelope, the canonical record the mapping read (usually
    /// <see cref="CanonicalCustomerRecord.From"/>), the mapping's definition, the mapped target values as text and what
    /// the connector knows of the target record.
    /// </summary>
    public static OutboundChange ForCustomer(
        CustomerUpserted customer,
        IReadOnlyDictionary<string, object?> canonical,
        MappingDefinition mapping,
        IReadOnlyDictionary<string, string?> desired,
        TargetRecord target)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new OutboundChange
        {
            EntityType = CustomerEntityType,
            Envelope = customer.Envelope,
            Canonical = canonical,
            Mapping = mapping,
            Desired = desired,
            Target = target,
        };
    }
}
