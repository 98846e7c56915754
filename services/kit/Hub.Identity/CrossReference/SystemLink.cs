namespace Hub.Identity;

/// <summary>A record in one system: (system, local id).</summary>
public sealed record SystemLink(string System, string LocalId);
