namespace Hub.SchemaRegistry.Storage;

/// <summary>The backing store cannot be used right now (not initialised, broker unreachable).</summary>
internal sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
