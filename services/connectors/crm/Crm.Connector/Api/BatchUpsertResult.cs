namespace Crm.Connector.Api;

public sealed record BatchUpsertResult(string Id, Dictionary<string, string?> Properties, DateTimeOffset UpdatedAt, bool New);
