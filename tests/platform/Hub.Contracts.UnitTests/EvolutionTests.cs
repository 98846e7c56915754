using Avro;
using Avro.Generic;

namespace Hub.Contracts.UnitTests;

public class EvolutionTests
{
    private static readonly Schema CustomerV1 = ContractFiles.Parse("customer/CustomerUpserted.v1.avsc");
    private static readonly Schema CustomerV2 = ContractFiles.Parse("customer/CustomerUpserted.v2.avsc");

    [Fact]
    public void V1Reader_V2Data_ReadsSharedFieldsAndIgnoresNewOnes()
    {
        var v2 = SampleEvents.Customer();

        var record = AvroBinary.ReadGeneric(AvroBinary.WriteSpecific(v2), CustomerV2, CustomerV1);

        record["displayName"].Should().Be("Ada Lovelace");
        record["email"].Should().Be("ada@example.org");
        record.TryGetValue("preferredLanguage", out _).Should().BeFalse();
        ((GenericEnum)record["status"]).Value.Should().Be("Active");
    }

    [Fact]
    public void V2Reader_V1Data_FillsAddedFieldsWithTheirDefaults()
    {
        var v1Bytes = AsV1Bytes(SampleEvents.Customer());

        var customer = AvroBinary.ReadSpecific<CustomerUpserted>(v1Bytes, CustomerV1, CustomerUpserted.AvroSchema);

        customer.DisplayName.Should().Be("Ada Lovelace");
        customer.Addresses.Should().HaveCount(2);
        customer.Status.Should().Be(CustomerStatus.Active);
        customer.PreferredLanguage.Should().BeNull();
        customer.MarketingConsent.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(ContractFiles.EventData), MemberType = typeof(ContractFiles))]
    public void NewestVersion_EveryOlderVersion_CanBeReadAndCanReadIt(string file)
    {
        var (name, _) = ContractFiles.NameAndVersion(file);
        var older = ContractFiles.Parse(file);
        var newest = ContractFiles.Parse(ContractFiles.Newest(name));

        // Building the resolving readers is where Apache.Avro rejects incompatible schema pairs.
        var backward = () => new GenericDatumReader<GenericRecord>(older, newest);
        var forward = () => new GenericDatumReader<GenericRecord>(newest, older);

        backward.Should().NotThrow();
        forward.Should().NotThrow();
    }

    [Fact]
    public void EnumReader_UnknownSymbolFromANewerWriter_FallsBackToTheDefaultSymbol()
    {
        var newerStatus = Schema.Parse(CustomerUpserted.AvroSchema.ToString().Replace("\"Blocked\"]", "\"Blocked\",\"Archived\"]", StringComparison.Ordinal));
        var record = AvroBinary.ReadGeneric(AvroBinary.WriteSpecific(SampleEvents.Customer()), CustomerUpserted.AvroSchema, CustomerUpserted.AvroSchema);
        var newer = new GenericRecord((RecordSchema)newerStatus);
        foreach (var field in ((RecordSchema)newerStatus).Fields)
        {
            newer.Add(field.Name, record[field.Name]);
        }

        var statusSchema = (EnumSchema)((RecordSchema)newerStatus)["status"].Schema;
        newer.Add("status", new GenericEnum(statusSchema, "Archived"));

        var customer = AvroBinary.ReadSpecific<CustomerUpserted>(AvroBinary.WriteGeneric(newer), newerStatus, CustomerUpserted.AvroSchema);

        customer.Status.Should().Be(CustomerStatus.Unknown);
    }

    private static byte[] AsV1Bytes(CustomerUpserted customer)
    {
        // A v1 producer's bytes: the v2 value projected onto the v1 schema and written with it.
        var v1Record = AvroBinary.ReadGeneric(AvroBinary.WriteSpecific(customer), CustomerV2, CustomerV1);
        return AvroBinary.WriteGeneric(v1Record);
    }
}
