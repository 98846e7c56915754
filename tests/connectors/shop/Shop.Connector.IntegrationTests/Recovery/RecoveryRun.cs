using System.Diagnostics;
using System.Text.Json.Nodes;
using Hub.Contracts;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>
/// One fault scenario under webhook load: a retrying sender against an isolated connector, the fault in the middle,
/// then what the sender saw and what reached Kafka. Shared by the crash-recovery tests so each reads as its fault.
/// </summary>
internal sealed class RecoveryRun(ShopFixture fixture, IsolatedShopConnector connector, int perSecond) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = connector.Address, Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _giveUp = new(TimeSpan.FromMinutes(4));
    private ShopifyRetryingSender? _sender;
    private Task? _sending;

    public ShopifyRetryingSender Sender => _sender ?? throw new InvalidOperationException("Not started.");

    public async Task StartAsync()
    {
        var template = await fixture.PlaceOrderAsync(ShopOrders.Create(ShopOrders.NewEmail()));
        _sender = new ShopifyRetryingSender(_client, template, ShopFixture.Secret, Guid.NewGuid().ToString("N")[..8]);
        _sending = _sender.SendAsync(perSecond, _stop.Token, _giveUp.Token);
    }

    /// <summary>Lets the load run until <paramref name="accepted"/> deliveries were accepted.</summary>
    public async Task UntilAcceptedAsync(int accepted)
    {
        try
        {
            await Hub.Testing.Eventually.UntilAsync(() => Task.FromResult(Sender.Accepted >= accepted), $"{accepted} deliveries accepted", TimeSpan.FromSeconds(60), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; {Sender.Accepted} were, answers: {Sender.Describe()}{Environment.NewLine}connector:{Environment.NewLine}{connector.Output}", e);
        }
    }

    /// <summary>Stops sending new deliveries and waits until every one sent was accepted; returns how long the tail took.</summary>
    public async Task<TimeSpan> FinishAsync()
    {
        await _stop.CancelAsync();
        await _sending!;
        var clock = Stopwatch.StartNew();
        await Sender.CompletionAsync();
        return clock.Elapsed;
    }

    /// <summary>Per order name, the distinct event ids its OrderPlaced copies on the topic carry.</summary>
    public async Task<Dictionary<string, HashSet<string>>> OrdersAsync()
    {
        var expected = Enumerable.Range(0, Sender.Sent).Select(Sender.OrderName).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, HashSet<string>> orders = [];
        await fixture.UntilAsync(async () =>
        {
            orders = (await fixture.ReadAsync<OrderPlaced>(connector.OrderTopic))
                .GroupBy(o => o.OrderNumber, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Envelope.EventId.ToString()).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            return expected.IsSubsetOf(orders.Keys);
        }, $"an OrderPlaced for each of the {expected.Count} deliveries", TimeSpan.FromSeconds(60));
        return orders;
    }

    public void Dispose()
    {
        _giveUp.Cancel();
        _client.Dispose();
        _stop.Dispose();
        _giveUp.Dispose();
    }
}
