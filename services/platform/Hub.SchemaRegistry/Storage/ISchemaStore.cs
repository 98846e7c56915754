namespace Hub.SchemaRegistry.Storage;

/// <summary>
/// Durable log of registry records. The API reads <see cref="State"/>; writes go through <see cref="AppendAsync"/>,
/// which returns only once the records are durable and applied to <see cref="State"/>.
/// </summary>
internal interface ISchemaStore
{
    RegistryState State { get; }

    /// <summary>True once the state has been rebuilt from the log and writes are accepted.</summary>
    bool IsReady { get; }

    /// <summary>Where the data lives, for error messages and logs (e.g. "Kafka topic _schemas at host:9092").</summary>
    string Description { get; }

    /// <exception cref="StoreUnavailableException">The backing store cannot be reached or is not initialised.</exception>
    /// <exception cref="StoreTimeoutException">The write did not complete in time.</exception>
    Task AppendAsync(IReadOnlyList<StoreRecord> records, CancellationToken cancellationToken);
}
