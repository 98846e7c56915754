using Hub.Contracts;
using Hub.Mapping;

namespace Hub.Connectors.Hosting;

/// <summary>One canonical event about to be written to a connector's system, as <see cref="OutboundOwnership"/> judges it.</summary>
public sealed record OutboundChange
{
    /// <summary>The entity type in contracts/ownership.yaml, e.g. "customer".</summary>
    public required string EntityType { get; init; }

    /// <summary>The event's envelope: entity id, proposing system, occurred-at, event id and correlation id.</summary>
    public required Envelope Envelope { get; init; }

    /// <summary>The canonical record the mapping read (e.g. <see cref="CanonicalCustomerRecord.From"/>): its keys are the owned fields.</summary>
    public required IReadOnlyDictionary<string, object?> Canonical { get; init; }

    /// <summary>The canonical-to-target mapping: which canonical field each target field carries.</summary>
    public required MappingDefinition Mapping { get; init; }

    /// <summary>Mapped target values as text (nested targets as dotted paths, see <see cref="MappedValues"/>); absent values are not written.</summary>
    public required IReadOnlyDictionary<string, string?> Desired { get; init; }

    public required TargetRecord Target { get; init; }
}
