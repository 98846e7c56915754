namespace Hub.Mapping.UnitTests;

public class ValidationRuleTests
{
    [Theory]
    [InlineData("jane.doe@example.co.uk", true)]
    [InlineData("jane.doe@example", false)]
    [InlineData("jane doe@example.com", false)]
    [InlineData("@example.com", false)]
    public void Map_Email_AcceptsOnlyAddresses(string input, bool valid)
    {
        MappingFiles.Field("validate: [email]").MapOne(input).IsRejected.Should().Be(!valid);
    }

    [Theory]
    [InlineData("GB123456789", true)]
    [InlineData("FR123", false)]
    public void Map_Regex_ChecksWholeValue(string input, bool valid)
    {
        MappingFiles.Field("validate:\n  - regex: '^GB\\d{9}$'").MapOne(input).IsRejected.Should().Be(!valid);
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("eur", false)]
    public void Map_OneOf_IsCaseSensitive(string input, bool valid)
    {
        MappingFiles.Field("validate:\n  - one-of: [EUR, GBP]").MapOne(input).IsRejected.Should().Be(!valid);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("100.01", false)]
    [InlineData("-1", false)]
    [InlineData("abc", false)]
    public void Map_Range_IsInclusive(string input, bool valid)
    {
        MappingFiles.Field("validate:\n  - range: { min: 0, max: 100 }").MapOne(input).IsRejected.Should().Be(!valid);
    }

    [Fact]
    public void Map_FailedRuleWithWarningSeverity_KeepsRecordWithOwnMessage()
    {
        var result = MappingFiles.Field("validate:\n  - regex: '^[a-z]{2}$'\n    severity: warning\n    message: not a language").MapOne("english");

        result.IsRejected.Should().BeFalse();
        result.Warnings.Single().Should().Be(new MappingIssue("out", "validate:regex", IssueSeverity.Warning, "not a language"));
    }
}
