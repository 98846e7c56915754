namespace Hub.DevStack;

/// <summary>
/// A system's <c>devhost.yaml</c>, kept in its connector's folder: the sandbox and the connector the dev host and the
/// demo start for it, in <see cref="Order"/> among the other systems.
/// </summary>
public sealed class DevHostDescriptor
{
    /// <summary>Place among the systems (sandboxes first, then connectors, each by order then name); unset goes last.</summary>
    public int? Order { get; set; }

    public DevHostService? Sandbox { get; set; }

    public DevHostService? Connector { get; set; }

    /// <summary>The file it was read from, for messages.</summary>
    public string Source { get; set; } = "";
}
