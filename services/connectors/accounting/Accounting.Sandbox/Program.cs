using Accounting.Sandbox;
using Hub.Sandboxes;

// Xero-style accounting sandbox: Accounting API under /api.xro/2.0, test and demo controls under /_sandbox.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSandbox();
builder.Services.AddAccountingSandbox();

var app = builder.Build();
app.UseRateLimitProblemHeader();
app.UseSandbox();
app.UseMiddleware<Accounting.Sandbox.Api.XeroAuthenticationMiddleware>();
app.MapSandboxControl();
app.MapHealthChecks("/health/ready");
app.MapAccountingApi();
app.MapAccountingSandboxControls();
app.Run();
