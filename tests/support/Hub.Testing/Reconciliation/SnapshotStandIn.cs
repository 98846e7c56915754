using System.Net;
using Hub.DevStack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Testing.Reconciliation;

/// <summary>
/// A connector's snapshot endpoint without a connector or a system behind it: <c>GET /reconcile/customers</c> on
/// 127.0.0.1 answers one page of customers (canonical id → e-mail) as the given system, in the form the kit's
/// snapshot route writes. For tests of what reads snapshots (the reconciler's gauges on a dashboard) that need no vendor.
/// </summary>
public sealed class SnapshotStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SnapshotStandIn(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<SnapshotStandIn> StartAsync(string system, IReadOnlyDictionary<string, string> emailsByCanonicalId)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var records = emailsByCanonicalId.Select((c, i) => new
        {
            recordId = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            canonicalId = c.Key,
            fields = new Dictionary<string, string?> { ["email"] = c.Value },
        }).ToList();
        app.MapGet("/reconcile/customers", () => Results.Json(new { system, entityType = "customer", fields = new[] { "email" }, records, next = (string?)null }));
        await app.StartAsync();
        return new SnapshotStandIn(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
