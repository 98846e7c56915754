using Microsoft.AspNetCore.Http;

namespace Hub.Sandboxes;

/// <summary>REST semantics: everything but GET, HEAD and OPTIONS writes.</summary>
public sealed class HttpMethodWriteDetector : IWriteRequestDetector
{
    public ValueTask<bool> IsWriteAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        return ValueTask.FromResult(!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)));
    }
}
