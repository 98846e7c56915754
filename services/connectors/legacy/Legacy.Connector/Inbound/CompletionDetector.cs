using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Inbound;

/// <summary>
/// Decides whether a dropped file is complete. Rule 1, a marker: a companion &lt;name&gt;.done / .ok (or
/// &lt;stem&gt;.done) exists. Rule 2, stable size: unless <see cref="InboundOptions.RequireMarker"/>, a file whose size
/// and modification time have not changed for <see cref="InboundOptions.SettleTime"/> (measured with the
/// <see cref="TimeProvider"/>, across polls) counts as complete. A file still being written keeps changing, so it
/// is never read half-way.
/// </summary>
public sealed class CompletionDetector(IOptions<InboundOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    public bool IsComplete(string path)
    {
        var settings = options.Value;
        if (MarkerOf(path) is not null)
        {
            return true;
        }

        if (settings.RequireMarker)
        {
            return false;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            _seen.TryRemove(path, out _);
            return false;
        }

        var now = time.GetUtcNow();
        var current = new Observation(info.Length, info.LastWriteTimeUtc, now);
        var previous = _seen.AddOrUpdate(path, current, (_, old) => old.Length == current.Length && old.Modified == current.Modified ? old : current);
        return previous.Length > 0 && now - previous.StableSince >= settings.SettleTime;
    }

    /// <summary>The first marker file of <paramref name="path"/> that exists, if any.</summary>
    public string? MarkerOf(string path) => options.Value.MarkersOf(path).FirstOrDefault(File.Exists);

    public void Forget(string path) => _seen.TryRemove(path, out _);

    private sealed record Observation(long Length, DateTime Modified, DateTimeOffset StableSince);
}
