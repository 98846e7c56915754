namespace Hub.SchemaRegistry.Api;

/// <summary>PUT /config body. Confluent sends "compatibility"; "compatibilityLevel" (the GET spelling) is accepted too.</summary>
internal sealed record ConfigUpdateRequest(string? Compatibility, string? CompatibilityLevel)
{
    public string? Level => Compatibility ?? CompatibilityLevel;
}
