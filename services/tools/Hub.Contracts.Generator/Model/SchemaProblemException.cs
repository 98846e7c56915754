namespace Hub.Contracts.Generator.Model;

/// <summary>Thrown deep inside rendering or type mapping; caught per type and turned into a <see cref="SchemaProblem"/>.</summary>
internal sealed class SchemaProblemException(string id, string message) : Exception(message)
{
    public string Id { get; } = id;
}
