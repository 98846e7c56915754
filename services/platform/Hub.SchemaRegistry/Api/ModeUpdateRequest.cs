namespace Hub.SchemaRegistry.Api;

/// <summary>PUT /mode body.</summary>
internal sealed record ModeUpdateRequest(string? Mode);
