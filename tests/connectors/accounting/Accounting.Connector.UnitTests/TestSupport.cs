using System.Text.Json;
using Accounting.Connector;
using Accounting.Connector.Api;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Accounting.Connector.UnitTests;

/// <summary>Fixture files, the connector's parts wired as in the service, and canonical samples.</summary>
internal static class TestSupport
{
    public static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static XeroResponse Response(string name) =>
        JsonSerializer.Deserialize<XeroResponse>(Fixture(name), ReadOptions) ?? throw new InvalidDataException(name);

    public static EnvelopeFactory Envelopes() => new(Options.Create(new ConnectorOptions { Name = "accounting-connector", SourceSystem = "accounting" }));

    public static ConnectorTelemetry Telemetry() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            Options.Create(new ConnectorOptions { Name = "accounting-connector", SourceSystem = "accounting" }));

    public static Money Money(decimal amount, string currency = "EUR") => new() { Amount = amount, Currency = currency };

    public static OrderPlaced Order(params OrderLine[] lines) => new()
    {
        Envelope = new Envelope
        {
            EventId = new Guid("0b5e2f0e-55c4-4a57-9d57-8d7f7c0f1a01"),
            EntityId = "order-42",
            SourceSystem = "shop",
            SourceRecordId = "SO-1042",
            OccurredAt = new DateTimeOffset(2025, 3, 14, 22, 30, 0, TimeSpan.Zero),
            CorrelationId = "corr-42",
            SchemaVersion = OrderPlaced.ContractVersion,
        },
        OrderNumber = "SO-1042",
        CustomerId = "cust-7",
        Lines = lines,
        NetTotal = Money(lines.Sum(l => l.LineTotal.Amount)),
        GrossTotal = Money(lines.Sum(l => l.LineTotal.Amount)),
        BillingAddress = new Address { Kind = AddressKind.Billing, Line1 = "1 Main St", City = "Berlin", PostalCode = "10115", CountryCode = "DE" },
    };

    public static OrderLine Line(int number, decimal quantity, decimal unitPrice, decimal lineTotal, decimal taxRate, string currency = "EUR") => new()
    {
        LineNumber = number,
        Sku = $"SKU-{number}",
        Description = $"Item {number}",
        Quantity = quantity,
        UnitPrice = Money(unitPrice, currency),
        TaxRatePercent = taxRate,
        LineTotal = Money(lineTotal, currency),
    };
}
