namespace Hub.Contracts.Generator.Model;

/// <summary>A reason the generator refuses a schema; becomes a compiler error pointing at the file.</summary>
internal sealed class SchemaProblem(string id, string path, string message)
{
    public string Id { get; } = id;

    public string Path { get; } = path;

    public string Message { get; } = message;
}
