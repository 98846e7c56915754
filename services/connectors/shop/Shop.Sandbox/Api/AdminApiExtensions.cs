using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Api;

public static class AdminApiExtensions
{
    /// <summary>
    /// The Admin REST API under /admin/api/{version}: the configured version only (others 404, as retired versions
    /// do), and X-Shopify-Access-Token when the sandbox has one configured.
    /// </summary>
    public static IEndpointRouteBuilder MapShopAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/admin/api/{version}").AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<ShopSandboxOptions>>().Value;
            if (!string.Equals(context.HttpContext.Request.RouteValues["version"] as string, options.ApiVersion, StringComparison.Ordinal))
            {
                return ShopifyErrors.NotFound();
            }

            if (!string.IsNullOrEmpty(options.AccessToken)
                && !string.Equals(context.HttpContext.Request.Headers["X-Shopify-Access-Token"], options.AccessToken, StringComparison.Ordinal))
            {
                return ShopifyErrors.Unauthorized();
            }

            return await next(context);
        });
        api.MapOrders();
        api.MapCustomers();
        api.MapCatalogue();
        api.MapInventory();
        return endpoints;
    }
}
