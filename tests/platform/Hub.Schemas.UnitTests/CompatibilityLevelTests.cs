using Avro;
using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class CompatibilityLevelTests
{
    // v1: {id}; v2 adds optional name; v3 adds required email. Each step is chosen so every level has a yes and a no.
    private static readonly Schema V1 = Record("""{"name":"id","type":"long"}""");
    private static readonly Schema V2 = Record("""{"name":"id","type":"long"},{"name":"name","type":"string","default":""}""");
    private static readonly Schema AddRequired = Record("""{"name":"id","type":"long"},{"name":"name","type":"string","default":""},{"name":"email","type":"string"}""");
    private static readonly Schema DropRequired = Record("""{"name":"name","type":"string","default":""}""");
    private static readonly Schema DropOptional = Record("""{"name":"id","type":"long"}""");
    private static readonly Schema Unrelated = S("\"string\"");

    // "Id only" dropped v2's optional name: reads everything (backward) and v2 can still read it (forward, name has a
    // default), but v1 is only reached transitively, and it is compatible with v1 both ways too.
    public static TheoryData<CompatibilityLevel, string, bool> Matrix => new()
    {
        { CompatibilityLevel.None, nameof(Unrelated), true },
        { CompatibilityLevel.Backward, nameof(DropOptional), true },
        { CompatibilityLevel.Backward, nameof(AddRequired), false },
        { CompatibilityLevel.Backward, nameof(DropRequired), true },
        { CompatibilityLevel.Forward, nameof(AddRequired), true },
        { CompatibilityLevel.Forward, nameof(DropRequired), false },
        { CompatibilityLevel.Full, nameof(DropOptional), true },
        { CompatibilityLevel.Full, nameof(AddRequired), false },
        { CompatibilityLevel.Full, nameof(DropRequired), false },
        { CompatibilityLevel.BackwardTransitive, nameof(DropOptional), true },
        { CompatibilityLevel.BackwardTransitive, nameof(Unrelated), false },
        { CompatibilityLevel.ForwardTransitive, nameof(AddRequired), true },
        { CompatibilityLevel.ForwardTransitive, nameof(DropRequired), false },
        { CompatibilityLevel.FullTransitive, nameof(DropOptional), true },
        { CompatibilityLevel.FullTransitive, nameof(AddRequired), false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Check_LevelAgainstHistory_MatchesExpectation(CompatibilityLevel level, string proposedName, bool expected)
    {
        var proposed = proposedName switch
        {
            nameof(Unrelated) => Unrelated,
            nameof(AddRequired) => AddRequired,
            nameof(DropRequired) => DropRequired,
            _ => DropOptional,
        };

        var result = AvroCompatibilityChecker.Instance.Check(level, proposed, History(V1, V2));

        result.IsCompatible.Should().Be(expected, string.Join("; ", result.Messages));
    }

    [Fact]
    public void Check_BackwardOnlyAgainstLatest_IgnoresIncompatibleOlderVersion()
    {
        // v2 dropped the required "legacy" field of v1; a proposal needing "legacy" without default breaks only against v2.
        var v1 = Record("""{"name":"id","type":"long"},{"name":"legacy","type":"int"}""");
        var v2 = Record("""{"name":"id","type":"long"},{"name":"legacy","type":"int","default":0}""");
        var proposed = Record("""{"name":"id","type":"long"},{"name":"legacy","type":"string","default":""}""");

        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Backward, proposed, History(v1, v2)).IsCompatible.Should().BeFalse();
        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Backward, v2, History(v1)).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void Check_BackwardPassesButTransitiveFails_OnlyTransitiveRejects()
    {
        // v1 had "code" as int; v2 dropped it; v3 brings "code" back as string with a default.
        var v1 = Record("""{"name":"id","type":"long"},{"name":"code","type":"int"}""");
        var v2 = Record("""{"name":"id","type":"long"}""");
        var v3 = Record("""{"name":"id","type":"long"},{"name":"code","type":"string","default":""}""");

        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Backward, v3, History(v1, v2)).IsCompatible.Should().BeTrue();
        var transitive = AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.BackwardTransitive, v3, History(v1, v2));
        transitive.IsCompatible.Should().BeFalse();
        transitive.Messages.Should().ContainSingle().Which.Should().Contain("version 1").And.Contain("/fields/1/type");
    }

    [Fact]
    public void Check_ForwardPassesButTransitiveFails_OnlyTransitiveRejects()
    {
        var v1 = Record("""{"name":"id","type":"long"},{"name":"code","type":"int"}""");
        var v2 = Record("""{"name":"id","type":"long"}""");
        var v3 = Record("""{"name":"id","type":"long"},{"name":"code","type":"string"}""");

        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Forward, v3, History(v1, v2)).IsCompatible.Should().BeTrue();
        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.ForwardTransitive, v3, History(v1, v2)).IsCompatible.Should().BeFalse();
        AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.FullTransitive, v3, History(v1, v2)).IsCompatible.Should().BeFalse();
    }

    [Fact]
    public void Check_NoPreviousVersions_IsCompatibleAtEveryLevel()
    {
        foreach (var level in Enum.GetValues<CompatibilityLevel>())
        {
            AvroCompatibilityChecker.Instance.Check(level, Unrelated, []).IsCompatible.Should().BeTrue();
        }
    }

    [Fact]
    public void Check_FullIncompatible_MessagesNameDirection()
    {
        var result = AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Full, DropRequired, History(V1, V2));

        result.Messages.Should().Contain(m => m.Contains("cannot read data written with the new schema"));
    }

    [Theory]
    [InlineData("backward_transitive", CompatibilityLevel.BackwardTransitive)]
    [InlineData("FULL", CompatibilityLevel.Full)]
    [InlineData("NONE", CompatibilityLevel.None)]
    public void TryParse_WireName_ReturnsLevelAndRoundTrips(string name, CompatibilityLevel expected)
    {
        CompatibilityLevelNames.TryParse(name, out var level).Should().BeTrue();
        level.Should().Be(expected);
        level!.Value.ToWireName().Should().Be(name.ToUpperInvariant());
    }

    [Fact]
    public void TryParse_UnknownName_ReturnsFalse()
    {
        CompatibilityLevelNames.TryParse("SIDEWAYS", out _).Should().BeFalse();
    }

    private static List<PreviousSchema> History(params Schema[] schemas) =>
        schemas.Select((s, i) => new PreviousSchema($"version {i + 1}", s)).ToList();
}
