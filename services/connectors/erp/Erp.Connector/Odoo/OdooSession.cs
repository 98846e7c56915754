namespace Erp.Connector.Odoo;

/// <summary>What the transient clients share: the uid from common.login (asked once) and the JSON-RPC request ids.</summary>
public sealed class OdooSession
{
    private int _requestId;

    public int? Uid { get; set; }

    public int NextRequestId() => Interlocked.Increment(ref _requestId);
}
