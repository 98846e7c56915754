using System.Security.Cryptography;
using System.Text;
using Hub.Connectors.Webhooks;
using Hub.Secrets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests.Contract;

/// <summary>
/// Shopify documents the webhook signature as base64(HMAC-SHA256(app client secret, raw body)) in
/// X-Shopify-Hmac-Sha256. The expected values are computed here from that description with the framework's HMAC,
/// independently of the connector and the sandbox, and checked through the verifier's interface as the endpoint uses it.
/// </summary>
public sealed class ShopifyWebhookVerifierContractTests
{
    private const string Secret = "shpss_verifier_contract_secret";

    private static readonly IWebhookVerifier Verifier = new ShopifyWebhookVerifier(new FixedSecret(Secret), Options.Create(new ShopOptions()));

    private static string Documented(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static HttpRequest Request(string? signature)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/webhooks/shopify";
        context.Request.Headers["X-Shopify-Topic"] = "customers/update";
        if (signature is not null)
        {
            context.Request.Headers["X-Shopify-Hmac-Sha256"] = signature;
        }

        return context.Request;
    }

    [Fact]
    public async Task VerifyAsync_RawUtf8BodySignedAsDocumented_IsValid()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":706405506930370084,"first_name":"Zoë","last_name":"Größe","note":"配送は午後"}""");

        var result = await Verifier.VerifyAsync(Request(Documented(Secret, body)), body, CancellationToken.None);

        result.IsValid.Should().BeTrue(result.Failure);
    }

    [Fact]
    public async Task VerifyAsync_SameJsonWithEscapedCharacters_IsRefused()
    {
        var raw = Encoding.UTF8.GetBytes("""{"first_name":"Zoë"}""");
        var escaped = Encoding.UTF8.GetBytes("""{"first_name":"Zo\u00eb"}""");

        var result = await Verifier.VerifyAsync(Request(Documented(Secret, raw)), escaped, CancellationToken.None);

        result.IsValid.Should().BeFalse("the signature covers the bytes, not the JSON they mean");
        result.Failure.Should().Contain("X-Shopify-Hmac-Sha256");
    }

    [Fact]
    public async Task VerifyAsync_HexInsteadOfBase64_IsRefused()
    {
        var body = Fixtures.CustomersUpdateBytes();
        var hex = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body));

        (await Verifier.VerifyAsync(Request(hex), body, CancellationToken.None)).IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task VerifyAsync_NoSignatureHeader_IsRefusedWithTheHeaderNamed()
    {
        var result = await Verifier.VerifyAsync(Request(null), Fixtures.CustomersUpdateBytes(), CancellationToken.None);

        result.Failure.Should().Be("missing X-Shopify-Hmac-Sha256 header");
    }

    private sealed class FixedSecret(string value) : ISecretProvider
    {
        public string Source => "test";

        public Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(value);
    }
}
