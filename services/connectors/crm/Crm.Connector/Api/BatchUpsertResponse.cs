namespace Crm.Connector.Api;

/// <summary>Answer of a batch upsert; <see cref="BatchUpsertResult.New"/> says whether the contact was created.</summary>
public sealed record BatchUpsertResponse(string? Status, IReadOnlyList<BatchUpsertResult> Results);
