using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Crm.Connector.Inbound;

/// <summary>
/// The request URI as HubSpot's v3 signature covers it: the full URL HubSpot called (scheme, host, path, query, in
/// the order and encoding sent), with only the twelve percent-encodings HubSpot's validation rules list decoded
/// (<c>%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B</c>). Any other encoding (<c>%20</c>, <c>%26</c>, <c>%3D</c>,
/// <c>%2B</c>, <c>%25</c>, UTF-8 bytes) stays as sent; decoding it too would make every such delivery fail.
/// </summary>
public static class HubSpotRequestUri
{
    private static readonly Dictionary<string, char> Decoded = new(StringComparer.OrdinalIgnoreCase)
    {
        ["3A"] = ':', ["2F"] = '/', ["3F"] = '?', ["40"] = '@', ["21"] = '!', ["24"] = '$',
        ["27"] = '\'', ["28"] = '(', ["29"] = ')', ["2A"] = '*', ["2C"] = ',', ["3B"] = ';',
    };

    /// <param name="publicBaseUrl">
    /// The public URL of the connector's root, when a proxy in front changes the host or strips a path prefix
    /// (e.g. <c>https://integrations.example.com/crm</c>); the request target is appended to it.
    /// </param>
    public static string Of(HttpRequest request, Uri? publicBaseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw.StartsWith('/')
            ? raw
            : request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        var origin = publicBaseUrl is null
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}"
            : publicBaseUrl.AbsoluteUri.TrimEnd('/');
        return Decode(origin + target);
    }

    public static string Decode(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var result = new StringBuilder(uri.Length);
        for (var i = 0; i < uri.Length; i++)
        {
            if (uri[i] == '%' && i + 2 < uri.Length && Decoded.TryGetValue(uri.Substring(i + 1, 2), out var c))
            {
                result.Append(c);
                i += 2;
            }
            else
            {
                result.Append(uri[i]);
            }
        }

        return result.ToString();
    }
}
