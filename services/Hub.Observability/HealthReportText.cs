using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Observability;

/// <summary>
/// The body of the health endpoints: the overall status on the first line (what probes and people read first), then
/// one line per check that is not healthy with its description, so "Degraded" says what waits and why. The status
/// codes stay ASP.NET's defaults (Degraded is 200, Unhealthy 503).
/// </summary>
public static class HealthReportText
{
    public static string Format(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key} {e.Value.Status}: {e.Value.Description ?? e.Value.Exception?.Message ?? "no description"}");
        return string.Join('\n', new[] { report.Status.ToString() }.Concat(lines));
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Format(report));
    }
}
