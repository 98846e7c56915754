using Hub.Testing;
using Hub.Testing.Connectors;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// What the tests share: one hub (a schema registry process, a publisher host, Redis; <see cref="ConnectorHubFixture"/>).
/// Each test starts its own sandbox and connector on it (<see cref="AccountingRun"/>).
/// </summary>
public sealed class AccountingFixture(StackFixture stack) : ConnectorHubFixture(stack, "accounting")
{
    /// <summary>Every <typeparamref name="T"/> on <paramref name="topic"/> now that matches, decoded through the registry.</summary>
    public async Task<List<T>> DecodeAsync<T>(string topic, Func<T, bool> match, int partitions = 6)
        where T : class, Avro.Specific.ISpecificRecord, new() =>
        (await ReadAsync<T>(topic, partitions)).Where(match).ToList();
}
