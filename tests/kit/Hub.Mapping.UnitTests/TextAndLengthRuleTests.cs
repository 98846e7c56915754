namespace Hub.Mapping.UnitTests;

public class TextAndLengthRuleTests
{
    [Theory]
    [InlineData("trim", "  Jane Doe ", "Jane Doe")]
    [InlineData("[trim, lower]", " Jane.Doe@Example.COM ", "jane.doe@example.com")]
    [InlineData("[trim, upper]", " gb123 ", "GB123")]
    public void Map_TextTransforms_ApplyInOrder(string transforms, string input, string expected)
    {
        var mapper = MappingFiles.Field($"transform: {transforms}");

        mapper.MapOne(input).Out().Should().Be(expected);
    }

    [Fact]
    public void Map_DottedSourceAndTarget_ReadsAndWritesNestedRecords()
    {
        var mapper = new RecordMapper(MappingLoader.Parse("""
            name: nested
            source-system: a
            target-system: b
            entity: thing
            renames:
              properties.firstname: person.givenName
            """, "nested.mapping.yaml"));

        var result = mapper.Map(new Dictionary<string, object?> { ["properties"] = new Dictionary<string, object?> { ["firstname"] = "Jane" } });

        result.Record["person"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["givenName"] = "Jane" });
    }

    [Theory]
    [InlineData("cut", "Abcdefghij")]
    [InlineData("cut-with-ellipsis", "Abcdefghi…")]
    public void Map_TooLongWithTruncationPolicy_CutsToLimitWithWarning(string policy, string expected)
    {
        var mapper = MappingFiles.Field($"max-length: {{ length: 10, policy: {policy} }}");

        var result = mapper.MapOne("Abcdefghijklmnop");

        result.Out().Should().Be(expected);
        ((string)result.Out()!).Length.Should().BeLessThanOrEqualTo(10);
        result.IsRejected.Should().BeFalse();
        result.Issues.Should().ContainSingle(i => i.Rule == "max-length" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Map_TooLongWithRejectPolicy_RejectsRecord()
    {
        var mapper = MappingFiles.Field("max-length: { length: 5, policy: reject }");

        var result = mapper.MapOne("Abcdefg");

        result.IsRejected.Should().BeTrue();
        result.Rejections.Should().ContainSingle().Which.Message.Should().Contain("limit of 5");
    }

    [Fact]
    public void Map_WithinLimit_LeavesValueAlone()
    {
        MappingFiles.Field("max-length: { length: 5, policy: reject }").MapOne("Abc").Issues.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Map_RequiredFieldMissing_RejectsRecord(string? value)
    {
        var result = MappingFiles.Field("transform: trim\nrequired: true").MapOne(value);

        result.IsRejected.Should().BeTrue();
        result.Rejections.Single().Rule.Should().Be("required");
    }

    [Fact]
    public void Map_RequiredFieldMissingWithDefault_UsesDefaultWithWarning()
    {
        var result = MappingFiles.Field("required: true\ndefault: n/a").MapOne(null);

        result.Out().Should().Be("n/a");
        result.IsRejected.Should().BeFalse();
        result.Warnings.Should().ContainSingle(i => i.Rule == "default");
    }

    [Fact]
    public void Map_OptionalFieldMissing_WritesNullWithoutIssues()
    {
        var result = MappingFiles.Field("transform: trim").MapOne(null);

        result.Record.Should().ContainKey("out").WhoseValue.Should().BeNull();
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Map_SeveralBadFields_RejectsWithEveryReason()
    {
        var mapper = new RecordMapper(MappingLoader.Parse("""
            name: many
            source-system: a
            target-system: b
            entity: thing
            fields:
              - target: a
                from: a
                required: true
              - target: b
                from: b
                validate: [email]
            """, "many.mapping.yaml"));

        var result = mapper.Map(new Dictionary<string, object?> { ["b"] = "not-an-address" });

        result.Rejections.Select(i => i.Field).Should().Equal("a", "b");
        var act = () => result.RecordOrThrow();
        act.Should().Throw<MappingRejectedException>().Which.Rejections.Should().HaveCount(2);
    }
}
