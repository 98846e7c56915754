namespace Hub.Serialization.Avro.Registry;

/// <summary>Answer of a compatibility check; <see cref="Messages"/> explains an incompatibility (verbose mode).</summary>
public sealed record CompatibilityResult(bool IsCompatible, IReadOnlyList<string> Messages);
