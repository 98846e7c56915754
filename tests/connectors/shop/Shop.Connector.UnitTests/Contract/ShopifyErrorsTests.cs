using System.Net;
using Hub.Connectors.Hosting;
using Shop.Connector.Outbound;

namespace Shop.Connector.UnitTests.Contract;

/// <summary>Shopify's documented Admin REST error answers, as <see cref="ShopifyErrors"/> turns them into outcomes.</summary>
public sealed class ShopifyErrorsTests
{
    private static Exception Classify(HttpStatusCode status, string body, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return new ShopifyErrors().Classify(new ExternalApiAnswer("shop", "set inventory level", status, response.Headers, body, TimeProvider.System));
    }

    [Fact]
    public void Classify_422WithErrorsObject_RejectedWithEveryFieldMessage()
    {
        var error = Classify(HttpStatusCode.UnprocessableEntity, """{"errors":{"available":["must be a number"],"location_id":["is invalid","can't be blank"]}}""");

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be("http-422");
        rejected.Message.Should().Contain("available: must be a number; location_id: is invalid; location_id: can't be blank");
    }

    [Fact]
    public void Classify_404WithErrorsText_RejectedWithTheText()
    {
        var error = Classify(HttpStatusCode.NotFound, """{"errors":"Not Found"}""");

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be("http-404");
        rejected.Message.Should().EndWith("Not Found").And.NotContain("{");
    }

    [Fact]
    public void Classify_429WithFractionalRetryAfter_UnavailableForTwoSeconds()
    {
        var error = Classify(HttpStatusCode.TooManyRequests, """{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}""", retryAfter: "2.0");

        var unavailable = error.Should().BeOfType<ExternalApiUnavailableException>().Which;
        unavailable.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        unavailable.Message.Should().Contain("Exceeded 2 calls per second");
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, """{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}""")]
    [InlineData(HttpStatusCode.Forbidden, """{"errors":"[API] This action requires merchant approval for write_inventory scope."}""")]
    public void Classify_RefusedCredential_AuthFailedWithShopifysMessage(HttpStatusCode status, string body)
    {
        var error = Classify(status, body);

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
        rejected.Message.Should().Contain("[API]");
    }

    [Fact]
    public void Classify_ServerErrorWithoutJson_UnavailableWithTheBody()
    {
        var error = Classify(HttpStatusCode.BadGateway, "<html>502 Bad Gateway</html>");

        error.Should().BeOfType<ExternalApiUnavailableException>().Which.Message.Should().Contain("502 Bad Gateway");
    }
}
