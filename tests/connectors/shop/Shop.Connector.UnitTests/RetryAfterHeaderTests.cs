using System.Net;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Shop.Connector.UnitTests;

/// <summary>Shopify documents <c>Retry-After: 2.0</c>; HTTP's own forms must keep working.</summary>
public sealed class RetryAfterHeaderTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("2.0", 2000)]
    [InlineData("0.5", 500)]
    [InlineData("3", 3000)]
    [InlineData("Sat, 01 Mar 2025 12:00:04 GMT", 4000)]
    [InlineData("86400", 1_800_000)]
    public void Read_ShopifyAndHttpForms_Delay(string header, int expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        RetryAfterHeader.Read(response.Headers, Time).Should().Be(TimeSpan.FromMilliseconds(expectedMs));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1.5")]
    [InlineData("NaN")]
    public void Read_Unreadable_Null(string header)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        RetryAfterHeader.Read(response.Headers, Time).Should().BeNull();
    }
}
