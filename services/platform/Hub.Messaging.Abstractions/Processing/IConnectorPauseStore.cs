namespace Hub.Messaging.Processing;

/// <summary>Where the kill switch of each connector lives (one small Redis hash per connector, field = scope).</summary>
public interface IConnectorPauseStore
{
    /// <summary>Every pause of the connector; empty when it runs.</summary>
    Task<IReadOnlyList<ConnectorPause>> GetAsync(string connector);

    /// <summary>Sets (or replaces) the pause of one scope.</summary>
    Task PauseAsync(string connector, ConnectorPause pause);

    /// <summary>Removes the pauses of the given scopes (all of them when null) and returns what was removed.</summary>
    Task<IReadOnlyList<ConnectorPause>> ResumeAsync(string connector, string? scope);
}
