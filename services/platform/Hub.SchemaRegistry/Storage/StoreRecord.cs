namespace Hub.SchemaRegistry.Storage;

/// <summary>
/// One entry of the registry log. Each kind has a key that compaction keeps the latest value of; a null value is a
/// tombstone that removes the key's state.
/// </summary>
internal abstract record StoreRecord;

/// <summary>A subject version; <see cref="Value"/> null means permanently deleted.</summary>
internal sealed record SchemaRecord(string Subject, int Version, SchemaRecordValue? Value) : StoreRecord;

internal sealed record SchemaRecordValue(int Id, string Schema, bool Deleted);

/// <summary>Compatibility level, global when <see cref="Subject"/> is null; <see cref="Level"/> null deletes it.</summary>
internal sealed record ConfigRecord(string? Subject, string? Level) : StoreRecord;

/// <summary>Global mode; <see cref="Mode"/> null resets it to READWRITE.</summary>
internal sealed record ModeRecord(string? Mode) : StoreRecord;
