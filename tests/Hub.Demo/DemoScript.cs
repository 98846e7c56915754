using Confluent.Kafka;
using Hub.Contracts;
using Hub.Messaging;

namespace Hub.Demo;

/// <summary>
/// The scripted traffic: customers from the CRM, some of which the ERP rejects or is briefly unable to take,
/// duplicate deliveries, and two messages no consumer can read.
/// </summary>
public static class DemoScript
{
    public const string Topic = "canonical.customer.upserted";
    public const int GoodCustomers = 100;
    public const int InvalidCustomers = 5;
    public const int Duplicates = 10;
    public const int Unreadable = 2;

    public static async Task RunAsync(IEventPublisher publisher, string bootstrapServers, CancellationToken cancellationToken)
    {
        var good = Enumerable.Range(1, GoodCustomers).Select(i => Customer(i, i % 40 == 0 ? $"Flaky Customer {i}" : $"Customer {i}", $"customer{i}@example.com")).ToList();
        var invalid = Enumerable.Range(GoodCustomers + 1, InvalidCustomers).Select(i => Customer(i, $"Customer {i}", email: null)).ToList();
        await Task.WhenAll(good.Concat(invalid).Select(customer => publisher.PublishAsync(Topic, customer, cancellationToken)));

        // Webhooks are delivered at least once: the same events arrive again and must not reach the ERP twice.
        foreach (var duplicate in good.Take(Duplicates))
        {
            await publisher.PublishAsync(Topic, duplicate, cancellationToken);
        }

        using var raw = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrapServers }).Build();
        await raw.ProduceAsync(Topic, new Message<string, byte[]> { Key = "garbage", Value = [0x07, 0x01, 0x02] }, cancellationToken);
        await raw.ProduceAsync(Topic, new Message<string, byte[]> { Key = "unknown-schema", Value = [0x00, 0x00, 0x01, 0x86, 0x9f, 0x02] }, cancellationToken);
    }

    private static CustomerUpserted Customer(int number, string name, string? email)
    {
        var customer = new CustomerUpserted
        {
            Kind = CustomerKind.Person,
            DisplayName = name,
            Email = email,
            Phone = $"+4420794600{number % 100:00}",
            Status = CustomerStatus.Active,
            PreferredLanguage = "en-GB",
        };
        customer.Envelope.EventId = Guid.NewGuid();
        customer.Envelope.EntityId = $"customer-{number:0000}";
        customer.Envelope.SourceSystem = "crm";
        customer.Envelope.SourceRecordId = $"hs-{1000 + number}";
        customer.Envelope.OccurredAt = DateTimeOffset.UtcNow;
        customer.Envelope.CorrelationId = Guid.NewGuid().ToString();
        return customer;
    }
}
