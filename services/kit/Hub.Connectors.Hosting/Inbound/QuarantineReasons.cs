using Hub.Mapping;
using Hub.Messaging.Errors;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The reason labels of a quarantined record, bounded so they can be a metric dimension: for a mapping reject, one
/// <c>{field}:{rule}</c> per rejecting rule (fields and rules come from the mapping files, never from the data); for any
/// other rejection its reason code (a constant of the code that rejects). Messages, which carry values, are never labels.
/// </summary>
public static class QuarantineReasons
{
    public static IReadOnlyList<string> Of(PermanentEventException rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return rejection is MappingRejectedException mapping && mapping.Rejections.Count > 0
            ? [.. mapping.Rejections.Select(r => $"{r.Field}:{r.Rule}").Distinct(StringComparer.Ordinal)]
            : [rejection.ReasonCode];
    }
}
