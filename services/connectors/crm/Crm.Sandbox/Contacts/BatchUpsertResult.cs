namespace Crm.Sandbox.Contacts;

public sealed record BatchUpsertResult(string Status, IReadOnlyList<UpsertResult> Results, DateTimeOffset StartedAt, DateTimeOffset CompletedAt);
