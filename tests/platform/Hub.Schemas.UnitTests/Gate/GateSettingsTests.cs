using Hub.Schemas.Gate;

namespace Hub.Schemas.UnitTests.Gate;

public class GateSettingsTests
{
    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var settings = GateSettings.Parse("""
            // why the level is what it is
            { "level": "backward_transitive", "subjects": { "A": "canonical.a.changed-value", }, }
            """);

        settings.Level.Should().Be(CompatibilityLevel.BackwardTransitive);
        settings.Subjects.Should().ContainKey("A").WhoseValue.Should().Be("canonical.a.changed-value");
    }

    [Theory]
    [InlineData("""{ "level": "SOMETIMES" }""", "*got 'SOMETIMES'*")]
    [InlineData("""{ "subjects": {} }""", "*got nothing*")]
    [InlineData("""{ "level": """, "*not valid JSON*")]
    public void Parse_BadFile_ThrowsBadInputSayingWhy(string json, string message)
    {
        var parse = () => GateSettings.Parse(json);

        parse.Should().Throw<GateInputException>().WithMessage(message);
    }
}
