using Crm.Sandbox;
using Crm.Sandbox.Contacts;
using Hub.Sandboxes;

// HubSpot-style CRM sandbox: contacts API under /crm/v3, webhooks to the connector, controls under /_sandbox.
var builder = WebApplication.CreateBuilder(args);
builder.AddCrmSandbox();

var app = builder.Build();
app.UseMiddleware<HubSpotFaultShapeMiddleware>();
app.UseSandbox();
app.MapSandboxControl();
app.MapWebhookTarget();
app.MapCrmSandboxControl();
app.MapContactsApi();
app.Run();
