using Hub.Identity.Capture;

namespace Hub.Cli.UnitTests.Replay;

/// <summary>Captured exchanges for the replay tests: webhooks and the API calls made in their trace.</summary>
internal static class ReplayExchanges
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static CapturedExchange Webhook(string trace, int seconds, int status = 200, string? answer = """{"outcomes":{"published":1}}""") => new()
    {
        CaptureId = Guid.NewGuid().ToString("D"),
        Connector = "crm-connector",
        Kind = CapturedExchange.WebhookKind,
        Channel = "hubspot",
        At = T0.AddSeconds(seconds),
        TraceId = trace,
        Request = new CapturedMessage { Method = "POST", Target = "/webhooks/hubspot", Body = """[{"objectId":101}]""" },
        Response = new CapturedMessage { Status = status, Body = answer },
    };

    public static CapturedExchange Call(string trace, int seconds, string method, string target, string? body = null, string? idempotencyKey = null) => new()
    {
        CaptureId = Guid.NewGuid().ToString("D"),
        Connector = "crm-connector",
        Kind = CapturedExchange.ApiCallKind,
        Channel = "crm",
        At = T0.AddSeconds(seconds),
        TraceId = trace,
        Request = new CapturedMessage
        {
            Method = method,
            Target = target,
            Body = body,
            Headers = idempotencyKey is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey },
        },
        Response = new CapturedMessage { Status = 200 },
    };
}
