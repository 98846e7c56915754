using Hub.Messaging;

namespace Legacy.Connector.Inbound;

/// <summary>What one row became: a canonical event (published to its declared topic), or the reasons it was rejected.</summary>
public sealed record RowResult(IIntegrationEvent? Event, string? Reason)
{
    public static RowResult Rejected(string reason) => new(null, reason);

    public static RowResult Accepted(IIntegrationEvent @event) => new(@event, null);

    public bool IsRejected => Reason is not null;
}
