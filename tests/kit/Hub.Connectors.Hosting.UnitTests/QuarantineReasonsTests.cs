using Hub.Mapping;
using Hub.Messaging.Errors;

namespace Hub.Connectors.Hosting.UnitTests;

public sealed class QuarantineReasonsTests
{
    [Fact]
    public void Of_MappingReject_OneLabelPerRejectingRuleAndFieldWithoutTheValues()
    {
        var rejection = new MappingRejectedException("acme-to-canonical.customer",
        [
            new MappingIssue("phone", "phone", IssueSeverity.Reject, "'12345' is not a phone number"),
            new MappingIssue("status", "value-map", IssueSeverity.Reject, "'X' is not in value map 'state'") { Value = "X" },
            new MappingIssue("phone", "phone", IssueSeverity.Reject, "'12345' again"),
        ]);

        QuarantineReasons.Of(rejection).Should().Equal("phone:phone", "status:value-map");
    }

    [Fact]
    public void Of_OtherRejection_ItsReasonCode()
    {
        QuarantineReasons.Of(new PermanentEventException("row-rejected", "customers_1.csv row 4: name: all blank")).Should().Equal("row-rejected");
    }
}
