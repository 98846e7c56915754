using System.Net;
using Hub.DevStack;
using Hub.Mapping;
using Hub.Quality;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting.UnitTests.Quality;

/// <summary>The kit's quality endpoints over a real loopback listener, read back with the kit's own <see cref="QualityReader"/>.</summary>
public sealed class QualityEndpointTests
{
    private const string MappingYaml = """
        name: acme-to-canonical.customer
        source-system: acme
        target-system: canonical
        entity: customer
        fields:
          - target: email
            from: mail
            transform: [trim, lower]
            required: true
            validate: [email]
          - target: status
            from: state
            value-map: state
          - target: sourceSystem
            default: acme
        value-maps:
          state:
            values: { A: Active }
            unmapped: reject
        """;

    [Fact]
    public async Task Read_ThreePagesOfTwo_EveryRecordMappedWithSourceValuesCanonicalValuesAndIssues()
    {
        var source = new PagedSource(5);
        await using var app = await StartAsync(app => QualityEndpoint.Map(app, "customers"), services => services.AddKeyedSingleton<IQualitySource>("customers", source));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var mapped = await QualityReader.ReadAsync(http, "customers", TestContext.Current.CancellationToken, pageSize: 2);

        (mapped.System, mapped.Entity, mapped.Mapping).Should().Be(("acme", "customers", "acme-to-canonical.customer"));
        mapped.Fields.Should().Equal(new QualityField("email", "mail", FormatKinds.Email), new QualityField("status", "state"));
        mapped.Records.Select(r => r.RecordId).Should().Equal("r1", "r2", "r3", "r4", "r5");
        source.Limits.Should().Equal(2, 2, 2);
        var unmapped = mapped.Records[1];
        unmapped.Source["email"].Should().Be(" R2@Example.com", "the source value as the system holds it");
        unmapped.Canonical["email"].Should().Be("r2@example.com");
        unmapped.Issues.Should().ContainSingle().Which.Should().Be(
            new QualityIssue("status", "value-map", true, "'Z' is not in value map 'state' and its policy is reject", "Z"));
    }

    [Fact]
    public async Task ReadFile_ExportInTheBody_AllRowsInOneAnswerWithoutACursor()
    {
        await using var app = await StartAsync(app => QualityEndpoint.MapFile(app, "customers"), services => services.AddKeyedSingleton<IQualityFileSource>("customers", new LineFile()));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var mapped = await QualityReader.ReadFileAsync(http, "customers", "export.txt", "a@example.com\n\nnot-an-address"u8.ToArray(), TestContext.Current.CancellationToken);

        mapped.Source.Should().Be("export.txt");
        mapped.Records.Select(r => (r.RecordId, r.IsRejected)).Should().Equal(("1", false), ("2", true), ("3", true));
        mapped.Records[1].Issues.Select(i => i.Rule).Should().Equal("required");
        mapped.Records[2].Issues.Select(i => i.Rule).Should().Equal("validate:email");
    }

    [Fact]
    public async Task ReadFile_FileTheSourceCannotRead_400WithItsReason()
    {
        await using var app = await StartAsync(app => QualityEndpoint.MapFile(app, "customers"), services => services.AddKeyedSingleton<IQualityFileSource>("customers", new LineFile()));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var read = () => QualityReader.ReadFileAsync(http, "customers", "export.bin", [1], TestContext.Current.CancellationToken);

        (await read.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public void Quality_Declared_RegistersTheSourceUnderItsEntity()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Connector:SourceSystem"] = "acme";

        builder.AddConnector(acme => acme.Quality<PagedSource>("customers").QualityFile<LineFile>("customers"));

        builder.Services.Should().ContainSingle(d => d.ServiceType == typeof(IQualitySource) && Equals(d.ServiceKey, "customers") && d.KeyedImplementationType == typeof(PagedSource));
        builder.Services.Should().ContainSingle(d => d.ServiceType == typeof(IQualityFileSource) && Equals(d.ServiceKey, "customers") && d.KeyedImplementationType == typeof(LineFile));
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplication> map, Action<IServiceCollection> register)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Services.AddSingleton(new MappingCatalog([MappingLoader.Parse(MappingYaml, "acme.mapping.yaml")]));
        builder.Services.Configure<ConnectorOptions>(o => o.SourceSystem = "acme");
        register(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>Records r1..rN a page at a time (the cursor: how many were read); r2 has a state the value map lacks.</summary>
    private sealed class PagedSource(int count) : IQualitySource
    {
        public PagedSource()
            : this(0)
        {
        }

        public List<int> Limits { get; } = [];

        public string Mapping => "acme-to-canonical.customer";

        public Task<RawRecordPage> ReadPageAsync(string? after, int limit, CancellationToken cancellationToken)
        {
            Limits.Add(limit);
            var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
            var records = Enumerable.Range(start + 1, Math.Max(0, Math.Min(limit, count - start)))
                .Select(i => new RawRecord($"r{i}", new Dictionary<string, object?> { ["mail"] = i == 2 ? " R2@Example.com" : $"r{i}@example.com", ["state"] = i == 2 ? "Z" : "A" }))
                .ToList();
            var next = start + records.Count;
            return Task.FromResult(new RawRecordPage(records, next < count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        }
    }

    /// <summary>An export of one e-mail address per line (named *.txt), each row in state A.</summary>
    private sealed class LineFile : IQualityFileSource
    {
        public QualityFileRows Read(string fileName, byte[] content)
        {
            if (!fileName.EndsWith(".txt", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{fileName} is not a .txt export");
            }

            var lines = System.Text.Encoding.UTF8.GetString(content).Split('\n');
            return new QualityFileRows("acme-to-canonical.customer", [.. lines.Select((l, i) => new RawRecord($"{i + 1}", new Dictionary<string, object?> { ["mail"] = l, ["state"] = "A" }))]);
        }
    }
}
