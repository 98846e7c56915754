namespace Hub.DevStack;

/// <summary>One process of a <see cref="DevHostDescriptor"/>: its service name, its project and its own settings.</summary>
public sealed class DevHostService
{
    public string Name { get; set; } = "";

    public string Project { get; set; } = "";

    /// <summary>Configuration keys to values, which may hold <c>{url:...}</c> and <c>{legacyFolder:...}</c> placeholders.</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);
}
