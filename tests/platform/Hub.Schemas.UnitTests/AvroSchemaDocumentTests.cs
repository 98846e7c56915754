namespace Hub.Schemas.UnitTests;

public class AvroSchemaDocumentTests
{
    [Fact]
    public void ParsingCanonicalForm_SpecTransformations_AreApplied()
    {
        var doc = AvroSchemaDocument.Parse("""
            { "namespace": "com.example", "type": "record", "name": "Customer", "doc": "who buys",
              "fields": [ { "type": {"type": "int"}, "name": "age", "default": 0 },
                          { "name": "tier", "type": {"type":"enum","name":"Tier","symbols":["A","B"]} },
                          { "name": "previous", "type": "Tier" },
                          { "name": "caf\u00e9", "type": {"type":"long","logicalType":"timestamp-millis"} } ] }
            """);

        doc.ParsingCanonicalForm.Should().Be(
            """{"name":"com.example.Customer","type":"record","fields":[{"name":"age","type":"int"},{"name":"tier","type":{"name":"com.example.Tier","type":"enum","symbols":["A","B"]}},{"name":"previous","type":"com.example.Tier"},{"name":"café","type":"long"}]}""");
    }

    [Fact]
    public void NormalizedForm_KeepsResolutionAttributes()
    {
        var doc = AvroSchemaDocument.Parse("""
            {"type":"record","name":"R","aliases":["Old"],"fields":[
              {"name":"a","type":"int","default":1,"aliases":["x"]},
              {"name":"m","type":{"type":"bytes","logicalType":"decimal","precision":9,"scale":2}},
              {"name":"e","type":{"type":"enum","name":"E","symbols":["A","Z"],"default":"Z"}}]}
            """);

        doc.NormalizedForm.Should().Be(
            """{"name":"R","type":"record","fields":[{"name":"a","type":"int","default":1,"aliases":["x"]},{"name":"m","type":{"type":"bytes","logicalType":"decimal","precision":9,"scale":2}},{"name":"e","type":{"name":"E","type":"enum","symbols":["A","Z"],"default":"Z"}}],"aliases":["Old"]}""");
        AvroSchemaDocument.Parse(doc.NormalizedForm).NormalizedForm.Should().Be(doc.NormalizedForm);
    }

    [Fact]
    public void NormalizedForm_WhitespaceAndDocDiffer_AreEqual()
    {
        var a = AvroSchemaDocument.Parse("""{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}""");
        var b = AvroSchemaDocument.Parse("""{ "fields": [ {"doc":"the a", "name":"a","type":"int"} ], "name": "R", "type": "record" }""");

        b.NormalizedForm.Should().Be(a.NormalizedForm);
        b.Text.Should().Contain("the a");
    }

    [Fact]
    public void NormalizedForm_DefaultsDiffer_AreNotEqual()
    {
        var a = AvroSchemaDocument.Parse("""{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":1}]}""");
        var b = AvroSchemaDocument.Parse("""{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":2}]}""");

        b.NormalizedForm.Should().NotBe(a.NormalizedForm);
        b.ParsingCanonicalForm.Should().Be(a.ParsingCanonicalForm);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("\"nope\"")]
    [InlineData("""{"type":"record","name":"R"}""")]
    [InlineData("""{"type":"nope"}""")]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":"Missing"}]}""")]
    [InlineData("""{"type":"enum","name":"E","symbols":["A"],"default":"B"}""")]
    [InlineData("""{"type":"int","logicalType":"decimal","precision":4}""")]
    public void Parse_InvalidSchema_ThrowsInvalidSchemaException(string text)
    {
        var act = () => AvroSchemaDocument.Parse(text);

        act.Should().Throw<InvalidSchemaException>().WithMessage("Invalid schema*");
    }
}
