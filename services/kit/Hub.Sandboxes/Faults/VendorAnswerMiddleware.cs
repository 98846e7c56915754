using Microsoft.AspNetCore.Http;

namespace Hub.Sandboxes;

/// <summary>
/// The base of a sandbox's "look like the vendor" middleware: buffers every answer under the vendor API's path, so
/// headers can still be set and the body (for example the fault switch's <see cref="KitFaultAnswer"/>) replaced by
/// the vendor's own shape before anything is sent.
/// </summary>
public abstract class VendorAnswerMiddleware(RequestDelegate next, PathString apiPath)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(apiPath))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        var answer = Reshape(context, body);
        if (!ReferenceEquals(answer, body))
        {
            context.Response.ContentLength = answer.Length;
        }

        if (answer.Length > 0 && !context.RequestAborted.IsCancellationRequested)
        {
            await original.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Sets the vendor's headers and returns the body to send (the same array when unchanged).</summary>
    protected abstract byte[] Reshape(HttpContext context, byte[] body);
}
