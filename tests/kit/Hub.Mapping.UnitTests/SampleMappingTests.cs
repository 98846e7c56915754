namespace Hub.Mapping.UnitTests;

public class SampleMappingTests
{
    private static readonly RecordMapper Crm = MappingFiles.Sample("crm-to-canonical.customer");
    private static readonly RecordMapper Erp = MappingFiles.Sample("canonical-to-erp.customer");

    private static Dictionary<string, object?> Contact(params (string Key, object? Value)[] properties)
    {
        var props = new Dictionary<string, object?>
        {
            ["firstname"] = " Jane ", ["lastname"] = "Doe", ["company"] = "Acme Ltd", ["email"] = " Jane.Doe@Example.COM",
            ["phone"] = "+44 (0)20 7946 0018", ["country"] = "GB", ["address"] = "10 Downing Street, London, SW1A 2AA",
            ["company_type"] = "PROSPECT", ["lifecyclestage"] = "customer", ["last_contacted_uk"] = "23/11/2026 14:05",
            ["credit_limit"] = "2500.005", ["createdate"] = "2024-01-15T09:30:00.000Z",
        };
        foreach (var (key, value) in properties)
        {
            props[key] = value;
        }

        return new Dictionary<string, object?> { ["id"] = "51", ["properties"] = props };
    }

    [Fact]
    public void Map_CrmContact_GivesCanonicalCustomer()
    {
        var result = Crm.Map(Contact());

        result.Issues.Should().BeEmpty();
        var record = result.Record;
        record["sourceRecordId"].Should().Be("51");
        record["givenName"].Should().Be("Jane");
        record["email"].Should().Be("jane.doe@example.com");
        record["phone"].Should().Be("+442079460018");
        ((Dictionary<string, object?>)record["billingAddress"]!)["postalCode"].Should().Be("SW1A 2AA");
        record["lastContactedAt"].Should().Be(new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.Zero));
        record["creditLimit"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["amount"] = 2500.00m, ["currency"] = "GBP" });
        record["status"].Should().Be("Active");
        record["sourceSystem"].Should().Be("crm");
    }

    // The CRM's five company types reach all twelve canonical (and ERP) customer categories through context.
    [Theory]
    [InlineData("PROSPECT", "GB", "", "", "PROSPECT", "Prospect")]
    [InlineData("PARTNER", "GB", "", "", "RESELLER", "Reseller")]
    [InlineData("PARTNER", "DE", "", "", "DISTRIBUTOR", "Distributor")]
    [InlineData("RESELLER", "DE", "", "", "RESELLER", "Reseller")]
    [InlineData("RESELLER", "DE", "WHOLESALE", "", "WHOLESALE", "Wholesale")]
    [InlineData("vendor", "GB", "", "", "SUPPLIER", "Supplier")]
    [InlineData("OTHER", "GB", "", "", "OTHER", "Other")]
    [InlineData("OTHER", "GB", "GOVERNMENT_ADMINISTRATION", "", "PUBLIC_SECTOR", "Public Sector")]
    [InlineData("PROSPECT", "GB", "HIGHER_EDUCATION", "", "EDUCATION", "Education")]
    [InlineData("OTHER", "GB", "PHILANTHROPY", "", "CHARITY", "Charity")]
    [InlineData("PARTNER", "GB", "", "key", "KEY_ACCOUNT", "Key Account")]
    [InlineData("VENDOR", "GB", "", "internal", "INTERNAL", "Internal")]
    [InlineData("OTHER", "GB", "", "consumer", "RETAIL", "Retail Customer")]
    public void Map_CompanyType_GivesCategoryInCanonicalAndErp(string type, string country, string industry, string flag, string canonical, string erp)
    {
        var contact = Contact(("company_type", type), ("country", country), ("industry", industry),
            ("key_account", flag == "key" ? "true" : null), ("is_internal", flag == "internal" ? "true" : null),
            ("company", flag == "consumer" ? "" : "Acme Ltd"), ("address", country == "DE" ? "Musterstraße 12, 10115 Berlin" : "10 Downing Street, London, SW1A 2AA"));

        var customer = Crm.Map(contact).RecordOrThrow();
        customer["customerCategory"].Should().Be(canonical);

        customer["displayName"] = "Jane Doe";
        Erp.Map(customer).RecordOrThrow()["category"].Should().Be(erp);
    }

    [Fact]
    public void Map_UnknownCompanyType_RejectsRecord()
    {
        var result = Crm.Map(Contact(("company_type", "COMPETITOR")));

        result.Rejections.Should().ContainSingle(i => i.Field == "customerCategory" && i.Message.Contains("COMPETITOR"));
    }

    [Fact]
    public void Map_MissingCompanyType_DefaultsToOther()
    {
        Crm.Map(Contact(("company_type", null))).RecordOrThrow()["customerCategory"].Should().Be("OTHER");
    }

    [Fact]
    public void Map_CanonicalCustomer_GivesErpPartner()
    {
        var customer = Crm.Map(Contact(("hs_language", "en-GB"))).RecordOrThrow();
        customer["displayName"] = "Jane Doe of " + new string('x', 200);
        customer["entityId"] = "c-1";

        var partner = Erp.Map(customer);

        partner.IsRejected.Should().BeFalse();
        partner.Record["ref"].Should().Be("c-1");
        ((string)partner.Record["name"]!).Should().HaveLength(128).And.EndWith("…");
        partner.Record["street"].Should().Be("10 Downing Street");
        partner.Record["zip"].Should().Be("SW1A 2AA");
        partner.Record["country_code"].Should().Be("GB");
        partner.Record["lang"].Should().Be("en_GB");
        partner.Record["credit_limit"].Should().Be(2500.00m);
        partner.Record["active"].Should().Be("true");
        partner.Warnings.Should().ContainSingle(i => i.Field == "name" && i.Rule == "max-length");
    }

    [Fact]
    public void Map_ContactWithSeveralErrors_RejectsWithEveryReason()
    {
        var result = Crm.Map(Contact(("email", "jane@"), ("phone", "12"), ("address", "somewhere")));

        result.Rejections.Select(i => i.Field).Should().BeEquivalentTo(["email", "phone", "billingAddress"]);
    }
}
