using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Reads a request body as the exact bytes received. Signatures are computed over those bytes, so a body must be
/// verified before it is parsed: re-serialising parsed JSON changes whitespace and escapes and breaks the MAC.
/// </summary>
public static class RawBody
{
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/> (answer 413).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
