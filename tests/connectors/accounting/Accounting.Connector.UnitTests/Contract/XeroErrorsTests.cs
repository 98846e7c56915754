using System.Net;
using Accounting.Connector.Api;
using Hub.Connectors.Hosting;

namespace Accounting.Connector.UnitTests.Contract;

/// <summary>Xero's documented error answers, as <see cref="XeroErrors"/> turns them into outcomes.</summary>
public sealed class XeroErrorsTests
{
    private static Exception Classify(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return new XeroErrors().Classify(new ExternalApiAnswer("accounting", "create Invoices", status, response.Headers, body, TimeProvider.System));
    }

    [Fact]
    public void Classify_ValidationExceptionWithNestedErrors_RejectedWithOnlyXerosMessages()
    {
        var error = Classify(HttpStatusCode.BadRequest, """
            {"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred",
             "Elements":[{"Type":"ACCREC","Contact":{"ContactNumber":"cust-7"},"LineItems":[{"Description":"Widget","ValidationErrors":[{"Message":"Account code '999' is not a valid code for this document."}]}],
               "ValidationErrors":[{"Message":"Invoice not of valid status for creation"},{"Message":"Account code '999' is not a valid code for this document."}]}]}
            """);

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be("xero-ValidationException");
        rejected.Message.Should().EndWith("ValidationException: Account code '999' is not a valid code for this document.; Invoice not of valid status for creation")
            .And.NotContain("LineItems");
    }

    [Fact]
    public void Classify_ErrorWithoutValidationErrors_UsesItsMessage()
    {
        var error = Classify(HttpStatusCode.BadRequest, """{"ErrorNumber":17,"Type":"PostDataInvalidException","Message":"The string '2024-13-45' is not a valid AllXsd value."}""");

        var rejected = error.Should().BeOfType<ExternalApiRejectedException>().Which;
        rejected.ReasonCode.Should().Be("xero-PostDataInvalidException");
        rejected.Message.Should().Contain("PostDataInvalidException: The string '2024-13-45' is not a valid AllXsd value.");
    }

    [Theory]
    [InlineData("minute", 37)]
    [InlineData("day", 3600)]
    [InlineData("concurrent", 1)]
    public void Classify_429_UnavailableWithRetryAfterAndTheLimitHit(string problem, int retryAfterSeconds)
    {
        var error = Classify(HttpStatusCode.TooManyRequests, "", ("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("X-Rate-Limit-Problem", problem));

        var unavailable = error.Should().BeOfType<ExternalApiUnavailableException>().Which;
        unavailable.RetryAfter.Should().Be(TimeSpan.FromSeconds(Math.Min(retryAfterSeconds, RetryAfterHeader.Ceiling.TotalSeconds)));
        unavailable.Message.Should().Contain($"Xero rate limit hit: {problem}");
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, """{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthenticationUnsuccessful","Instance":"f2d3c1a0-1c7e-4a53-9f3e-6c1b5a7e2d10","Extensions":{}}""", "Unauthorized: AuthenticationUnsuccessful")]
    [InlineData(HttpStatusCode.Forbidden, """{"Type":null,"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful","Instance":"0c6e","Extensions":{}}""", "Forbidden: AuthenticationUnsuccessful")]
    public void Classify_RefusedTokenOrTenant_AuthFailedWithXerosTitle(HttpStatusCode status, string body, string expected)
    {
        var rejected = Classify(status, body).Should().BeOfType<ExternalApiRejectedException>().Which;

        rejected.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
        rejected.Message.Should().EndWith(expected);
    }

    [Fact]
    public void Classify_NotFoundAsPlainText_RejectedAsHttp404()
    {
        var rejected = Classify(HttpStatusCode.NotFound, "The resource you're looking for cannot be found").Should().BeOfType<ExternalApiRejectedException>().Which;

        rejected.ReasonCode.Should().Be("http-404");
        rejected.Message.Should().Contain("cannot be found");
    }

    [Fact]
    public void Classify_OrganisationOffline503_Unavailable()
    {
        Classify(HttpStatusCode.ServiceUnavailable, "The Organisation is offline").Should().BeOfType<ExternalApiUnavailableException>();
    }
}
