using Hub.Messaging;

namespace Legacy.Connector.Inbound;

/// <summary>What one row became: an event for a topic, or the reasons it was rejected.</summary>
public sealed record RowResult(IIntegrationEvent? Event, string? Topic, string? Reason)
{
    public static RowResult Rejected(string reason) => new(null, null, reason);

    public static RowResult Accepted(IIntegrationEvent @event, string topic) => new(@event, topic, null);

    public bool IsRejected => Reason is not null;
}
