namespace Hub.Mapping.UnitTests;

public class MappingLoaderTests
{
    private const string BadFile = """
        name: bad
        source-system: crm
        target-system: erp
        entity: customer
        fields:
          - target: a
            from: a
            colour: blue
          - target: b
            from: b
            value-map: nowhere
          - target: c
            from: c
            validate:
              - regex: '(unclosed'
          - target: d
            from: d
            format: { type: date, pattern: "dd/MM/yyyy HH:mm", zone: Europe/Londres }
          - target: e
            from: e
            format: { type: phone, region: XX, invalid: reject }
          - target: f
            from: f
            format: { type: decimal, scale: 2, currency: GBX }
          - target: g
            from: g
            max-length: 10
          - target: h
            from: h
            transform: [trim, titlecase]
        value-maps:
          orphan:
            values: { a: b }
        """;

    [Fact]
    public void Parse_FileWithManyProblems_ListsEveryProblemWithLine()
    {
        var act = () => MappingLoader.Parse(BadFile, "bad.mapping.yaml");

        var problems = act.Should().Throw<MappingValidationException>().Which.Problems;
        var expected = new (long? Line, string Text)[]
        {
            (8, "unknown rule or key 'colour'"),
            (11, "value map 'nowhere' is not defined"),
            (15, "bad regex '(unclosed'"),
            (18, "unknown time zone 'Europe/Londres'"),
            (21, "unknown default region 'XX'"),
            (24, "'GBX' is not an ISO 4217 currency code"),
            (27, "max-length needs a positive 'length' and a 'policy'"),
            (30, "unknown transform 'titlecase'"),
            (33, "value map 'orphan': say what happens to values not in the table"),
            (null, "value map 'orphan' (line 32) is defined but no field uses it"),
        };
        problems.Should().HaveCount(expected.Length, string.Join(Environment.NewLine, problems));
        foreach (var (line, text) in expected)
        {
            problems.Should().Contain(p => p.Line == line && p.File == "bad.mapping.yaml" && p.Message.Contains(text), $"line {line} should report {text}");
        }

        act.Should().Throw<MappingValidationException>().Which.Message.Should().Contain("bad.mapping.yaml:18: field 'd' format: unknown time zone");
    }

    [Theory]
    [InlineData("format: { type: rot13 }", "unknown format type 'rot13'")]
    [InlineData("format: { type: date, pattern: \"dd/MM/yyyy HH:mm\" }", "'zone' is required")]
    [InlineData("format: { type: date, pattern: \"dd/QQ/yyyy\", zone: UTC }", "bad date pattern")]
    [InlineData("format: { type: phone, region: GB }", "'invalid' is required")]
    [InlineData("format: { type: decimal, scale: currency }", "need 'currency' or 'currency-from'")]
    [InlineData("format: { type: address-split, country: FR }", "GB and DE layouts only")]
    [InlineData("max-length: { length: 10, policy: shorten }", "must be one of cut, cut-with-ellipsis, reject")]
    [InlineData("validate: [{ range: { min: 5, max: 1 } }]", "min ≤ max")]
    [InlineData("value-map: { table: t, context: [{ when: { field: x, equals: y }, value: a, table: t }] }", "exactly one of 'value' or 'table'")]
    public void Parse_InvalidRule_ReportsIt(string rule, string expected)
    {
        var act = () => MappingLoader.Parse(MappingFiles.Yaml(rule, "t:\n  values: { a: b }\n  unmapped: reject"), "x.mapping.yaml");

        act.Should().Throw<MappingValidationException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsLine()
    {
        var act = () => MappingLoader.Parse("name: x\nfields: [\n", "broken.mapping.yaml");

        act.Should().Throw<MappingValidationException>().Which.Problems.Single().Message.Should().StartWith("not valid YAML");
    }

    [Fact]
    public void Parse_DefaultInTheSourcesTermsOfAValueMap_Reports()
    {
        var yaml = MappingFiles.Yaml("default: enabled\nvalue-map: state", "state:\n  values: { enabled: Active, disabled: Inactive }\n  unmapped: reject");

        var act = () => MappingLoader.Parse(yaml, "state.mapping.yaml");

        act.Should().Throw<MappingValidationException>().Which.Message.Should()
            .Contain("target field 'out'").And.Contain("its default 'enabled' is not a value its value map gives").And.Contain("Active, Inactive");
    }

    [Fact]
    public void Parse_DefaultInTheTargetsTermsOfAValueMap_Loads()
    {
        var mapper = MappingFiles.Field("default: Active\nvalue-map: state", "state:\n  values: { enabled: Active, disabled: Inactive }\n  unmapped: reject");

        mapper.MapOne(null).Out().Should().Be("Active", "a default is not looked up in the value map");
        mapper.MapOne("disabled").Out().Should().Be("Inactive");
    }

    [Fact]
    public void Parse_DuplicateTarget_Reports()
    {
        var yaml = MappingFiles.Yaml("") + "\n  - target: out\n    from: other\n";

        var act = () => MappingLoader.Parse(yaml, "dup.mapping.yaml");

        act.Should().Throw<MappingValidationException>().Which.Message.Should().Contain("target field 'out' is mapped 2 times");
    }

    [Fact]
    public void LoadDirectory_SeveralBadFiles_ReportsProblemsOfAllFiles()
    {
        var folder = Directory.CreateTempSubdirectory("hub-mapping-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "one.mapping.yaml"), MappingFiles.Yaml("colour: red"));
            File.WriteAllText(Path.Combine(folder.FullName, "two.mapping.yaml"), MappingFiles.Yaml("transform: shout"));

            var act = () => MappingCatalog.LoadDirectory(folder.FullName);

            var problems = act.Should().Throw<MappingValidationException>().Which.Problems;
            problems.Select(p => p.File).Distinct().Should().BeEquivalentTo(["one.mapping.yaml", "two.mapping.yaml"], string.Join(" / ", problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_EveryConnectorsMappings_LoadAndValidate()
    {
        var folders = MappingFiles.ConnectorMappingFolders();
        var names = folders.SelectMany(folder => MappingCatalog.LoadDirectory(folder).Names).ToList();

        folders.Should().HaveCountGreaterThanOrEqualTo(5);
        names.Should().Contain(["crm-to-canonical.customer", "canonical-to-erp.customer", "canonical-to-accounting.customer"]);
    }
}
