using System.Net;
using Hub.DevStack;
using Hub.Reconciliation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting.UnitTests.Reconcile;

/// <summary>The kit's snapshot endpoint over a real loopback listener, read back with the kit's own <see cref="SnapshotReader"/>.</summary>
public sealed class SnapshotEndpointTests
{
    [Fact]
    public async Task Read_ThreePagesOfTwo_ReaderFollowsTheCursorToEveryRecordAndNamesTheSystem()
    {
        var source = new PagedSource(5);
        await using var app = await StartAsync(source);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var snapshot = await SnapshotReader.ReadAsync(http, "customers", since: null, TestContext.Current.CancellationToken, pageSize: 2);

        snapshot.System.Should().Be("acme");
        snapshot.EntityType.Should().Be("customer");
        snapshot.Fields.Should().Equal("email");
        snapshot.Records.Select(r => r.RecordId).Should().Equal("r1", "r2", "r3", "r4", "r5");
        snapshot.Records[0].Fields["email"].Should().Be("r1@example.com");
        source.Limits.Should().Equal(2, 2, 2);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=5000")]
    [InlineData("since=yesterday")]
    public async Task Read_MalformedQuery_400WithoutAskingTheSource(string query)
    {
        var source = new PagedSource(1);
        await using var app = await StartAsync(source);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await http.GetAsync($"reconcile/customers?{query}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        source.Limits.Should().BeEmpty();
    }

    [Fact]
    public void Snapshot_Declared_RegistersTheSourceUnderItsEntity()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Connector:SourceSystem"] = "acme";

        builder.AddConnector(acme => acme.Snapshot<PagedSource>("customers"));

        builder.Services.Should().ContainSingle(d => d.ServiceType == typeof(ISnapshotSource) && Equals(d.ServiceKey, "customers") && d.KeyedImplementationType == typeof(PagedSource));
    }

    private static async Task<WebApplication> StartAsync(ISnapshotSource source)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Services.AddKeyedSingleton("customers", source);
        builder.Services.Configure<ConnectorOptions>(o => o.SourceSystem = "acme");
        var app = builder.Build();
        SnapshotEndpoint.Map(app, "customers");
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>Records r1..rN, a page at a time, the cursor being the number of records already read.</summary>
    private sealed class PagedSource(int count) : ISnapshotSource
    {
        public PagedSource()
            : this(0)
        {
        }

        public List<int> Limits { get; } = [];

        public string EntityType => "customer";

        public IReadOnlyList<string> Fields => ["email"];

        public Task<SnapshotPage> ReadPageAsync(SnapshotQuery query, CancellationToken cancellationToken)
        {
            Limits.Add(query.Limit);
            var start = query.After is null ? 0 : int.Parse(query.After, System.Globalization.CultureInfo.InvariantCulture);
            var records = Enumerable.Range(start + 1, Math.Max(0, Math.Min(query.Limit, count - start)))
                .Select(i => new SnapshotRecord($"r{i}", $"cust-{i}", new Dictionary<string, string?> { ["email"] = $"r{i}@example.com" }, null))
                .ToList();
            var next = start + records.Count;
            return Task.FromResult(new SnapshotPage(records, next < count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        }
    }
}
