using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Accounting.Sandbox.Api;

/// <summary>
/// Refuses Accounting API calls as Xero does: without the organisation's bearer token, 401; without the
/// <c>xero-tenant-id</c> header of a tenant the token may use, 403 with Detail "AuthenticationUnsuccessful"
/// (Xero's problem shape: Type, Title, Status, Detail, Instance). Going live changes the URL, the token and the
/// tenant id; a connector that sends no tenant fails here as it would against Xero.
/// </summary>
public sealed class XeroAuthenticationMiddleware(RequestDelegate next, IOptions<AccountingSandboxOptions> options)
{
    public const string TenantHeader = "xero-tenant-id";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(XeroPaths.Root))
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        if (!string.Equals(context.Request.Headers.Authorization, $"Bearer {settings.AccessToken}", StringComparison.Ordinal))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ProblemAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized");
            return;
        }

        if (!string.Equals(context.Request.Headers[TenantHeader], settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            await ProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden");
            return;
        }

        await next(context);
    }

    private static Task ProblemAsync(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["Type"] = null,
            ["Title"] = title,
            ["Status"] = status,
            ["Detail"] = "AuthenticationUnsuccessful",
            ["Instance"] = Guid.NewGuid().ToString(),
            ["Extensions"] = new Dictionary<string, object>(),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
