using Hub.Secrets;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>A secret store whose value the test rotates, counting reads; optionally failing or slow.</summary>
internal sealed class CountingSecretProvider(string value) : ISecretProvider
{
    private int _reads;

    public string Value { get; set; } = value;

    public Exception? Failure { get; set; }

    /// <summary>When set, every read waits for it, so concurrent callers pile up behind the first read.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int Reads => Volatile.Read(ref _reads);

    public string Source => "test";

    public async Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Failure is { } failure ? throw failure : Value;
    }
}
