namespace Crm.Sandbox.Contacts;

/// <summary>Request bodies of the contacts API.</summary>
public sealed record ContactInput(Dictionary<string, string?>? Properties);
