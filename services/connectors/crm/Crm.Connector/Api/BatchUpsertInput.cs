namespace Crm.Connector.Api;

public sealed record BatchUpsertInput(string IdProperty, string Id, IReadOnlyDictionary<string, string?> Properties);
