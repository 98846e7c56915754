namespace Crm.Connector.Inbound;

/// <summary>What became of one contact of a webhook; the value is the inbound metric's outcome label.</summary>
public enum ContactOutcome
{
    Published,
    Rejected,
    Echo,
    Gone,
}
