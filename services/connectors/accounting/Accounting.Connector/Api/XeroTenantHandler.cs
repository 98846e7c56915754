namespace Accounting.Connector.Api;

/// <summary>
/// Names the organisation on every Accounting API call (<c>xero-tenant-id</c>): one access token can reach several
/// organisations, and Xero answers 403 "AuthenticationUnsuccessful" to a call that names none or a wrong one.
/// </summary>
public sealed class XeroTenantHandler(string tenantId) : DelegatingHandler
{
    public const string Header = "xero-tenant-id";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(Header);
        request.Headers.TryAddWithoutValidation(Header, tenantId);
        return base.SendAsync(request, cancellationToken);
    }
}
