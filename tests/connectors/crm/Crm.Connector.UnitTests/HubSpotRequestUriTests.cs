using Crm.Connector.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Crm.Connector.UnitTests;

/// <summary>HubSpot's v3 rules: decode exactly %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B, nothing else.</summary>
public sealed class HubSpotRequestUriTests
{
    [Theory]
    [InlineData("https://a.example/hook?x=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B", "https://a.example/hook?x=:/?@!$'()*,;")]
    [InlineData("https://a.example/hook?x=%3a%2f", "https://a.example/hook?x=:/")]
    [InlineData("https://a.example/hook?name=A%20B%26C%3DD%2BE%25F", "https://a.example/hook?name=A%20B%26C%3DD%2BE%25F")]
    [InlineData("https://a.example/hook?city=Caf%C3%A9", "https://a.example/hook?city=Caf%C3%A9")]
    [InlineData("https://a.example/hook?odd=%3", "https://a.example/hook?odd=%3")]
    public void Decode_OnlyTheListedEncodings(string sent, string expected) =>
        HubSpotRequestUri.Decode(sent).Should().Be(expected);

    [Fact]
    public void Of_RawTargetKeptAsSent_NotReEncodedByTheServer()
    {
        var context = Request("/webhooks/hubspot?name=A%20B%26C&p=%2Fx", scheme: "http", host: "127.0.0.1:5000");

        HubSpotRequestUri.Of(context.Request).Should().Be("http://127.0.0.1:5000/webhooks/hubspot?name=A%20B%26C&p=/x");
    }

    [Fact]
    public void Of_PublicBaseUrlWithPathPrefixAProxyStrips_PrefixKept()
    {
        var context = Request("/webhooks/hubspot?a=1", scheme: "http", host: "10.0.0.7:8080");

        HubSpotRequestUri.Of(context.Request, new Uri("https://integrations.example.com/crm/"))
            .Should().Be("https://integrations.example.com/crm/webhooks/hubspot?a=1");
    }

    private static DefaultHttpContext Request(string rawTarget, string scheme, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        context.Request.Path = Uri.UnescapeDataString(question < 0 ? rawTarget : rawTarget[..question]);
        context.Request.QueryString = new QueryString(question < 0 ? "" : rawTarget[question..]);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;
        return context;
    }
}
