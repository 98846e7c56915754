using Hub.Cli.Traffic;
using Hub.Identity.Capture;

namespace Hub.Cli.UnitTests;

public sealed class CaptureFilterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_ConnectorBySystemNameKindAndWindow_MatchingOldestFirstUpToTheLimit()
    {
        CapturedExchange[] exchanges =
        [
            Exchange("a", "shop-connector", CapturedExchange.WebhookKind, T0.AddMinutes(3)),
            Exchange("b", "shop-connector", CapturedExchange.WebhookKind, T0.AddMinutes(1)),
            Exchange("c", "shop-connector", CapturedExchange.ApiCallKind, T0.AddMinutes(2)),
            Exchange("d", "crm-connector", CapturedExchange.WebhookKind, T0.AddMinutes(2)),
            Exchange("e", "shop-connector", CapturedExchange.WebhookKind, T0.AddMinutes(-1)),
            Exchange("f", "shop-connector", CapturedExchange.WebhookKind, T0.AddMinutes(10)),
        ];

        new CaptureFilter("shop", CapturedExchange.WebhookKind, T0, T0.AddMinutes(10), 10).Apply(exchanges)
            .Select(e => e.CaptureId).Should().Equal("b", "a");
        new CaptureFilter("shop-connector", null, null, null, 2).Apply(exchanges)
            .Select(e => e.CaptureId).Should().Equal("e", "b");
    }

    private static CapturedExchange Exchange(string id, string connector, string kind, DateTimeOffset at) => new()
    {
        CaptureId = id,
        Connector = connector,
        Kind = kind,
        Channel = "x",
        At = at,
        Request = new CapturedMessage { Method = "POST", Target = "/" },
    };
}
