using Hub.SchemaRegistry.Storage;
using Microsoft.Extensions.Options;

namespace Hub.SchemaRegistry.Domain;

/// <summary>
/// Runs write operations one at a time: ids are allocated as max id + 1 and versions as max version + 1 from the
/// state, which is only sound if no other write is between the read and the append.
/// </summary>
internal sealed class WriteSerializer(IOptions<RegistryOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(options.Value.WriteTimeout, cancellationToken))
        {
            throw new StoreTimeoutException("another write is still in progress");
        }

        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
