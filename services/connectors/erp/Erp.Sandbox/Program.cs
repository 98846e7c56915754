using Erp.Sandbox;
using Hub.Sandboxes;

// Odoo-style ERP sandbox: JSON-RPC API at POST /jsonrpc, test and demo controls under /_sandbox.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddErpSandbox();

var app = builder.Build();
app.UseSandbox();
app.MapSandboxControl();
app.MapHealthChecks("/health/ready");
app.MapJsonRpc();
app.MapErpAdmin();
app.Run();
