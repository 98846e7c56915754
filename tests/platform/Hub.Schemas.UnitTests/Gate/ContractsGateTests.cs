using Hub.Schemas.Gate;
using static Hub.Schemas.UnitTests.Gate.ContractsFolder;

namespace Hub.Schemas.UnitTests.Gate;

public sealed class ContractsGateTests : IDisposable
{
    private readonly ContractsFolder _folder = new();

    [Fact]
    public void Check_CompatibleEvolution_Passes()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", V2);

        var report = _folder.Check();

        report.Passed.Should().BeTrue(report.Format());
        report.FileCount.Should().Be(2);
        report.EventCount.Should().Be(1);
        report.Settings.Level.Should().Be(CompatibilityLevel.FullTransitive);
        report.LatestVersions.Single().File.Version.Should().Be(2);
        report.Format().Should().Contain("OK");
    }

    [Fact]
    public void Check_IncompatibleV2_FailsNamingFileVersionAndRule()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", V2AddsRequired);

        var report = _folder.Check();

        var finding = report.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(GateFindingKind.Incompatible);
        finding.Path.Should().EndWith("thing/Thing.v2.avsc");
        finding.Summary.Should().Contain("Thing v2").And.Contain("FULL_TRANSITIVE");
        finding.First!.Type.Should().Be(IncompatibilityType.ReaderFieldMissingDefaultValue);
        finding.Details.Should().Contain(d => d.Contains("v1 (", StringComparison.Ordinal) && d.Contains("'email'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_IncompatibleV3_IsCheckedAgainstEveryEarlierVersion()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", V2);
        // Drops the optional field again (fine against v2) but adds a required one (breaks against v1 and v2).
        _folder.Write("thing/Thing.v3.avsc", V2AddsRequired);

        var finding = _folder.Check().Findings.Should().ContainSingle().Subject;

        finding.Path.Should().EndWith("Thing.v3.avsc");
        finding.Details.Should().Contain(d => d.Contains("v1 (", StringComparison.Ordinal)).And.Contain(d => d.Contains("v2 (", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_GapInVersions_Fails()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v3.avsc", V2);

        var finding = _folder.Check().Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(GateFindingKind.VersionGap);
        finding.Summary.Should().Contain("Thing has v1, v3 but no v2");
    }

    [Fact]
    public void Check_HistoryNotStartingAtV1_Fails()
    {
        _folder.Write("thing/Thing.v2.avsc", V1);

        _folder.Check().Findings.Should().ContainSingle(f => f.Kind == GateFindingKind.VersionGap)
            .Which.Summary.Should().Contain("no v1");
    }

    [Fact]
    public void Check_SameVersionInTwoFolders_Fails()
    {
        _folder.Write("a/Thing.v1.avsc", V1);
        _folder.Write("b/Thing.v1.avsc", V1);

        _folder.Check().Findings.Should().ContainSingle(f => f.Kind == GateFindingKind.VersionGap)
            .Which.Summary.Should().Contain("exists twice");
    }

    [Fact]
    public void Check_FileThatDoesNotParse_FailsAndSkipsItsHistory()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", """{"type":"record","name":"Thing","fields":[{"name":"id","type":"strin"}]}""");

        var finding = _folder.Check().Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(GateFindingKind.InvalidSchema);
        finding.Summary.Should().Contain("Thing.v2.avsc (Thing v2) does not parse");
    }

    [Theory]
    [InlineData("thing/Thing.avsc")]
    [InlineData("thing/Thing.v0.avsc")]
    [InlineData("thing/Thing.v01.avsc")]
    [InlineData("thing/thing.v1.avsc")]
    public void Check_BadFileName_Fails(string name)
    {
        _folder.Write(name, V1);

        _folder.Check().Findings.Should().ContainSingle().Which.Kind.Should().Be(GateFindingKind.BadFileName);
    }

    [Fact]
    public void Check_SharedTypesInCommon_AreNotEvents()
    {
        _folder.Write("common/Money.avsc", """{"type":"record","name":"Money","fields":[]}""");
        _folder.Write("thing/Thing.v1.avsc", V1);

        var report = _folder.Check();

        report.Passed.Should().BeTrue(report.Format());
        report.FileCount.Should().Be(1);
    }

    [Fact]
    public void Check_LevelFromFile_DecidesWhatPasses()
    {
        using var backward = new ContractsFolder("BACKWARD_TRANSITIVE");
        // Removing a required field: new readers ignore it (backward fine), old readers miss it (forward broken).
        backward.Write("thing/Thing.v1.avsc", V2AddsRequired);
        backward.Write("thing/Thing.v2.avsc", V1);
        _folder.Write("thing/Thing.v1.avsc", V2AddsRequired);
        _folder.Write("thing/Thing.v2.avsc", V1);

        backward.Check().Passed.Should().BeTrue();
        _folder.Check().Passed.Should().BeFalse();
    }

    [Fact]
    public void Check_NoLevelFile_ThrowsBadInput()
    {
        File.Delete(Path.Combine(_folder.Root, GateSettings.FileName));

        _folder.Invoking(f => f.Check()).Should().Throw<GateInputException>().WithMessage("*compatibility.json is missing*");
    }

    [Fact]
    public void Check_NoFolder_ThrowsBadInput()
    {
        var gate = new ContractsGate();

        gate.Invoking(g => g.Check(Path.Combine(_folder.Root, "nope"))).Should().Throw<GateInputException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void Format_Failure_ExplainsTheFirstProblemInPlainWords()
    {
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", V2AddsRequired);

        var text = _folder.Check().Format();

        text.Should().Contain("FAILED: 1 problem.")
            .And.Contain("The first problem, in plain words:")
            .And.Contain("Thing.v2.avsc (Thing v2)")
            .And.Contain("Rule broken: ReaderFieldMissingDefaultValue at '/fields/1'")
            .And.Contain("consumers on the new version could not read events written with the older one")
            .And.Contain("How to fix: give the field a default");
    }

    public void Dispose() => _folder.Dispose();
}
