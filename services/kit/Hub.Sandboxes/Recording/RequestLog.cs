using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Hub.Sandboxes;

/// <summary>The last requests the sandbox's API received (bounded), for tests and the demo to see what reached it.</summary>
public sealed class RequestLog(TimeProvider time)
{
    public const int Capacity = 20_000;

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public void Add(HttpContext context, int status, string? note)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        _requests.Enqueue(new RecordedRequest(
            time.GetUtcNow(), context.Request.Method, context.Request.Path + context.Request.QueryString, status, key.Length == 0 ? null : key, note));
        while (_requests.Count > Capacity && _requests.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot() => [.. _requests];

    public void Clear() => _requests.Clear();
}
