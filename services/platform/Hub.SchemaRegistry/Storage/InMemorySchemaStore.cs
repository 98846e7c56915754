namespace Hub.SchemaRegistry.Storage;

/// <summary>Non-durable store for tests and throw-away local runs: state is lost when the process stops.</summary>
internal sealed class InMemorySchemaStore : ISchemaStore
{
    public RegistryState State { get; } = new();

    public bool IsReady => true;

    public string Description => "in-memory store";

    public Task AppendAsync(IReadOnlyList<StoreRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            State.Apply(record);
        }

        return Task.CompletedTask;
    }
}
