namespace Crm.Sandbox.Contacts;

/// <summary>One input of POST /crm/v3/objects/contacts/batch/upsert.</summary>
public sealed record UpsertInput(string? IdProperty, string? Id, Dictionary<string, string?>? Properties);
