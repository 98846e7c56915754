using Avro.Specific;
using Hub.Messaging;

namespace Hub.Contracts.UnitTests;

public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(SampleEvents.Names), MemberType = typeof(SampleEvents))]
    public void SpecificWriterAndReader_EveryEvent_RoundTripsAllFields(string name)
    {
        var original = SampleEvents.All()[name];

        var bytes = AvroBinary.WriteSpecific(original);
        var copy = AvroBinary.ReadSpecific<ISpecificRecord>(bytes, original.Schema, original.Schema);

        copy.Should().BeOfType(original.GetType());
        copy.Should().BeEquivalentTo(original, o => o.RespectingRuntimeTypes().Excluding(m => m.Path.EndsWith("Schema", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(SampleEvents.Names), MemberType = typeof(SampleEvents))]
    public void GenericReader_EveryEvent_ReadsWhatTheSpecificWriterWrote(string name)
    {
        var original = SampleEvents.All()[name];

        var record = AvroBinary.ReadGeneric(AvroBinary.WriteSpecific(original), original.Schema, original.Schema);

        record.Schema.Fullname.Should().Be($"Hub.Contracts.{name}");
        ((Avro.Generic.GenericRecord)record["envelope"])["eventId"].Should().Be(SampleEvents.Envelope("x").EventId);
    }

    [Fact]
    public void IntegrationEvent_Members_ComeFromTheEnvelope()
    {
        IIntegrationEvent order = SampleEvents.Order();

        order.EventId.Should().Be("8d5f2a0e-3c1b-4c7e-9a55-0d6b2f3e4a11");
        order.EntityId.Should().Be("ord-1");
        order.OccurredAt.Should().Be(SampleEvents.At);
    }

    [Fact]
    public void Money_AmountWithMoreThanFourDecimals_IsRejectedNotRounded()
    {
        var order = SampleEvents.Order();
        order.NetTotal.Amount = 0.00001m;

        var act = () => AvroBinary.WriteSpecific(order);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*decimal places*");
    }

    [Fact]
    public void Money_AmountBeyondPrecision19_IsRejected()
    {
        var order = SampleEvents.Order();
        order.NetTotal.Amount = 1_000_000_000_000_000m;

        var act = () => AvroBinary.WriteSpecific(order);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*decimal(19,4)*");
    }

    [Fact]
    public void OccurredAt_NonUtcOffset_IsStoredAsTheSameInstant()
    {
        var order = SampleEvents.Order();
        order.Envelope.OccurredAt = new DateTimeOffset(2025, 3, 14, 11, 0, 0, TimeSpan.FromHours(2));

        var copy = AvroBinary.ReadSpecific<OrderPlaced>(AvroBinary.WriteSpecific(order), OrderPlaced.AvroSchema, OrderPlaced.AvroSchema);

        copy.Envelope.OccurredAt.Should().Be(order.Envelope.OccurredAt);
        copy.Envelope.OccurredAt.Offset.Should().Be(TimeSpan.Zero);
    }
}
