namespace Hub.Serialization.Avro.Registry;

/// <summary>One version of a subject as the registry reports it.</summary>
public sealed record RegisteredSchema(string Subject, int Version, int Id, string Schema);
