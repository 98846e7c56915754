namespace Crm.Connector.Api;

/// <summary>Body of POST /crm/v3/objects/contacts/batch/upsert.</summary>
public sealed record BatchUpsertRequest(IReadOnlyList<BatchUpsertInput> Inputs);
