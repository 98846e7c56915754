namespace Hub.SchemaRegistry.Storage;

/// <summary>A write was sent but not confirmed and read back within the configured time.</summary>
internal sealed class StoreTimeoutException(string message, Exception? inner = null) : Exception(message, inner);
