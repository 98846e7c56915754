namespace Hub.Schemas;

/// <summary>One reason a reader cannot read a writer's data.</summary>
/// <param name="Type">The rule that failed.</param>
/// <param name="Path">JSON-pointer-like location in the reader schema, e.g. <c>/fields/3/type/symbols</c>.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Context">Which pair of schemas was compared, when checking against a history (e.g. "new schema reading version 2").</param>
public sealed record Incompatibility(IncompatibilityType Type, string Path, string Message, string? Context = null)
{
    public override string ToString() =>
        Context is null ? $"{Type} at '{Path}': {Message}" : $"{Context}: {Type} at '{Path}': {Message}";
}
