using Erp.Sandbox.Admin;
using Erp.Sandbox.Rpc;
using Erp.Sandbox.Store;
using Hub.Sandboxes;

namespace Erp.Sandbox;

public static class ErpSandboxServiceExtensions
{
    public static IServiceCollection AddErpSandbox(this IServiceCollection services)
    {
        services.AddOptions<ErpSandboxOptions>().BindConfiguration(ErpSandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Before AddSandbox: JSON-RPC sends reads and writes alike as POST, so batch windows look into the body.
        services.AddSingleton<IWriteRequestDetector, JsonRpcWriteDetector>();
        services.AddSandbox();
        services.AddSingleton<OdooDatabase>();
        services.AddSingleton<ExecuteKw>();
        return services;
    }

    public static IEndpointRouteBuilder MapJsonRpc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/jsonrpc", JsonRpcEndpoint.HandleAsync);
        return endpoints;
    }

    public static IEndpointRouteBuilder MapErpAdmin(this IEndpointRouteBuilder endpoints) => AdminEndpoints.Map(endpoints);
}
