namespace Crm.Sandbox.Contacts;

/// <summary>One result of a batch upsert: the contact plus whether it was created ("new").</summary>
public sealed record UpsertResult(string Id, IReadOnlyDictionary<string, string?> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Archived, bool New);
