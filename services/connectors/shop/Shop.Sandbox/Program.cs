using Hub.Sandboxes;
using Shop.Sandbox;
using Shop.Sandbox.Api;

// Shopify-style shop sandbox: Admin REST API under /admin/api/{version}, webhooks to Webhooks:TargetUrl,
// fault switches and request log under /_sandbox.
var builder = WebApplication.CreateBuilder(args);
builder.AddShopSandbox();

var app = builder.Build();
app.UseMiddleware<ShopifyErrorShapeMiddleware>();
app.UseSandbox();
app.MapSandboxControl();
app.MapHealthChecks("/health/ready");
app.MapShopAdminApi();
app.MapWebhookTarget();
app.Run();
