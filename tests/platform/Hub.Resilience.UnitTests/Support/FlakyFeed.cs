using Hub.Connectors.Polling;

namespace Hub.Resilience.UnitTests.Support;

/// <summary>A source that fails its first reads, then has nothing new; it records when it was read.</summary>
internal sealed class FlakyFeed(TimeProvider time) : IDeltaFeed<FlakyFeed.Row>
{
    private readonly List<DateTimeOffset> _reads = [];

    public int Failures { get; set; }

    public IReadOnlyList<DateTimeOffset> Reads
    {
        get
        {
            lock (_reads)
            {
                return _reads.ToList();
            }
        }
    }

    public Task<IReadOnlyList<Row>> ReadAsync(DeltaQuery<Row> query, CancellationToken cancellationToken)
    {
        int count;
        lock (_reads)
        {
            _reads.Add(time.GetUtcNow());
            count = _reads.Count;
        }

        return count <= Failures
            ? Task.FromException<IReadOnlyList<Row>>(new HttpRequestException("source down"))
            : Task.FromResult<IReadOnlyList<Row>>([]);
    }

    public DeltaKey KeyOf(Row record) => throw new NotSupportedException("the feed returns no rows");

    public Task PublishAsync(IReadOnlyList<Row> records, CancellationToken cancellationToken) => Task.CompletedTask;

    internal sealed record Row;
}
