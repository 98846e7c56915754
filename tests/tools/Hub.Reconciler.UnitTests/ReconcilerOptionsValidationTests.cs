namespace Hub.Reconciler.UnitTests;

public sealed class ReconcilerOptionsValidationTests
{
    [Fact]
    public void Validate_TwoConnectorsAndDefaultEntities_Succeeds()
    {
        var result = new ReconcilerOptionsValidation().Validate(null, Options(("crm", "http://127.0.0.1:5001"), ("erp", "http://hub-erp.hub")));

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Fact]
    public void Validate_OneConnector_FailsSayingTwoAreNeeded()
    {
        var result = new ReconcilerOptionsValidation().Validate(null, Options(("crm", "http://127.0.0.1:5001")));

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("two at least");
    }

    [Fact]
    public void Validate_AddressNotAUrlAndUnknownEntity_FailsNamingBoth()
    {
        var options = Options(("crm", "http://127.0.0.1:5001"), ("erp", "hub-erp:8080"));
        options.Entities.Add("payments");

        var result = new ReconcilerOptionsValidation().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("for erp is not an http(s) URL").And.Contain("'payments' cannot be reconciled");
    }

    private static ReconcilerOptions Options(params (string System, string Url)[] connectors) =>
        new() { Connectors = connectors.ToDictionary(c => c.System, c => c.Url) };
}
