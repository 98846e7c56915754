using System.Text;
using Hub.Connectors.Webhooks;

namespace Shop.Connector.UnitTests;

public sealed class ShopifyHmacContractTests
{
    // Computed outside .NET: openssl dgst -sha256 -hmac shpss_contract_test_secret -binary orders-create.json | base64
    private const string Secret = "shpss_contract_test_secret";
    private const string KnownSignature = "HaY7+oNonYwZdikGAJULeZ0PiOYb9JYEfM7u0IWNnUI=";

    [Fact]
    public void Verify_DocumentedPayloadWithKnownSignature_IsValid()
    {
        ShopifyHmac.Verify(Secret, Fixtures.OrdersCreateBytes(), KnownSignature).IsValid.Should().BeTrue();
        ShopifyHmac.Compute(Secret, Fixtures.OrdersCreateBytes()).Should().Be(KnownSignature);
    }

    [Fact]
    public void Verify_BodyReserialised_Fails()
    {
        // Parsing and writing the JSON again drops whitespace: the MAC must be over the raw bytes as received.
        var reserialised = Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(Fixtures.OrdersCreateBytes())!.ToJsonString());

        var verification = ShopifyHmac.Verify(Secret, reserialised, KnownSignature);

        verification.IsValid.Should().BeFalse();
        verification.Failure.Should().Contain(ShopifyHmac.SignatureHeader);
    }

    [Fact]
    public void Verify_WrongSecret_Fails()
    {
        ShopifyHmac.Verify("another-app-secret", Fixtures.OrdersCreateBytes(), KnownSignature).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Verify_MissingSignature_FailsWithReason()
    {
        ShopifyHmac.Verify(Secret, Fixtures.OrdersCreateBytes(), null).Failure.Should().Be($"missing {ShopifyHmac.SignatureHeader} header");
    }
}
