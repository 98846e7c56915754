using Accounting.Sandbox.Api;
using Accounting.Sandbox.Control;
using Accounting.Sandbox.Ledger;
using Microsoft.Extensions.Options;

namespace Accounting.Sandbox;

public static class AccountingSandboxExtensions
{
    public static IServiceCollection AddAccountingSandbox(this IServiceCollection services)
    {
        services.AddOptions<AccountingSandboxOptions>()
            .BindConfiguration(AccountingSandboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AccountingLedger>();
        services.AddSingleton<XeroRateLimits>();
        return services;
    }

    /// <summary>
    /// Xero names which limit was hit (minute, day, concurrent) on every 429, including the fault switch's, and
    /// reports the remaining calls on every Accounting API answer (<see cref="XeroRateLimits"/>).
    /// </summary>
    public static IApplicationBuilder UseRateLimitProblemHeader(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var problem = context.RequestServices.GetRequiredService<IOptions<AccountingSandboxOptions>>().Value.RateLimitProblem;
            var limits = context.RequestServices.GetRequiredService<XeroRateLimits>();
            context.Response.OnStarting(() =>
            {
                if (context.Request.Path.StartsWithSegments(XeroPaths.Root))
                {
                    limits.Report(context);
                }

                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
                {
                    context.Response.Headers["X-Rate-Limit-Problem"] = problem;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    public static IEndpointRouteBuilder MapAccountingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(XeroPaths.Root);
        ContactsApi.Map(api);
        InvoicesApi.Map(api);
        PaymentsApi.Map(api);
        return endpoints;
    }

    public static IEndpointRouteBuilder MapAccountingSandboxControls(this IEndpointRouteBuilder endpoints)
    {
        SandboxAccountingControls.Map(endpoints);
        return endpoints;
    }
}
