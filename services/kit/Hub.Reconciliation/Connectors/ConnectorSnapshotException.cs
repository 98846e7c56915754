namespace Hub.Reconciliation;

/// <summary>A connector did not give its snapshot, or answered as another system's connector.</summary>
public sealed class ConnectorSnapshotException : Exception
{
    public ConnectorSnapshotException()
    {
    }

    public ConnectorSnapshotException(string message)
        : base(message)
    {
    }

    public ConnectorSnapshotException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The system whose connector failed.</summary>
    public string System { get; init; } = "";

    /// <summary>The system the connector answered as, when it is not <see cref="System"/>; null when it did not answer.</summary>
    public string? AnsweredAs { get; init; }
}
