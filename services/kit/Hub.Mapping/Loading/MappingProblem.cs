namespace Hub.Mapping;

/// <summary>One thing wrong with a mapping file, with the line where the reader found it (1-based) when known.</summary>
public sealed record MappingProblem(string File, long? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
