namespace Hub.Identity.IntegrationTests;

public class IdentityConfigurationTests
{
    [Fact]
    public void Load_OwnershipFile_GivesAuthoritiesAndPolicies()
    {
        var config = IdentityConfiguration.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "ownership.yaml"));

        config["customer"].Authority.Should().Be("crm");
        config["customer"].MatchKeys.Select(k => k.Name).Should().Equal("email", "vatId");
        config["customer"].Fields["email"].Should().Be(new FieldOwnership("email", "crm", OwnershipPolicy.SourceWins, NonOwnerAction.Queue));
        config["product"].Authority.Should().Be("erp");
    }

    [Fact]
    public void Load_OwnershipFile_OnlyCreditLimitGuardsNewRecords()
    {
        var config = IdentityConfiguration.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "ownership.yaml"));

        config["customer"].Fields.Values.Where(f => f.OnCreate == CreatePolicy.AsUpdate).Select(f => f.Field).Should().Equal("creditLimit");
    }

    [Fact]
    public void Parse_UnknownOnCreate_IsAProblem()
    {
        const string yaml = """
            systems: [crm, erp]
            entities:
              customer:
                authority: crm
                fields:
                  creditLimit: { owner: erp, policy: source-wins, on-create: never }
            """;

        var act = () => IdentityConfiguration.Parse(yaml, "bad.yaml");

        act.Should().Throw<IdentityConfigurationException>().Which.Message.Should().Contain("on-create must be write or as-update, not 'never'");
    }

    [Fact]
    public void Parse_InvalidFile_ListsEveryProblem()
    {
        const string yaml = """
            systems: [crm, erp]
            entities:
              customer:
                authority: shop
                match-keys: [{ name: email, normalize: soundex }]
                fields:
                  email: { owner: crm, policy: owner-wins }
                  phone: { owner: nobody, policy: manual }
                  vat: { owner: crm, policy: manual, non-owner: queue }
            """;

        var act = () => IdentityConfiguration.Parse(yaml, "bad.yaml");

        act.Should().Throw<IdentityConfigurationException>().Which.Message.Should()
            .Contain("5 problem(s)").And.Contain("authority 'shop'").And.Contain("match key 'email'")
            .And.Contain("policy must be one of").And.Contain("owner 'nobody'").And.Contain("non-owner (reject or queue) applies to source-wins only");
    }
}
