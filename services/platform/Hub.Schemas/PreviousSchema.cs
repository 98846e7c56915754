using Avro;

namespace Hub.Schemas;

/// <summary>An already registered schema that a new one is checked against.</summary>
/// <param name="Label">How to name it in messages, e.g. "version 3".</param>
/// <param name="Schema">The parsed schema.</param>
public sealed record PreviousSchema(string Label, Schema Schema);
