using System.Text.Json.Nodes;

namespace Hub.Cli.Output;

/// <summary>A message value as shown to people: how it was read, and the result.</summary>
public sealed record RenderedValue(string Encoding, JsonNode? Value);
