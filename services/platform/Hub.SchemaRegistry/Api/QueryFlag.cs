namespace Hub.SchemaRegistry.Api;

/// <summary>
/// A boolean query parameter read the way Confluent's registry reads it (Java's <c>Boolean.valueOf</c>): "true" in
/// any case is true, every other value (<c>1</c>, empty, <c>maybe</c>) is false. ASP.NET Core's own bool binding would
/// refuse those with an empty 400, which Confluent's clients never see from Confluent.
/// </summary>
public sealed record QueryFlag(bool Value)
{
    public static bool TryParse(string? text, out QueryFlag? flag)
    {
        flag = new QueryFlag(string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));
        return true;
    }

    /// <summary>An absent flag (null) is false.</summary>
    public static implicit operator bool(QueryFlag? flag) => flag?.Value ?? false;
}
