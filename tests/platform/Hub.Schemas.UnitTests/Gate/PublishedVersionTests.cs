using Hub.Schemas.Gate;
using static Hub.Schemas.UnitTests.Gate.ContractsFolder;

namespace Hub.Schemas.UnitTests.Gate;

public sealed class PublishedVersionTests : IDisposable
{
    private readonly ContractsFolder _folder = new();
    private readonly FakeCommittedContracts _committed = new();

    [Fact]
    public void Check_CommittedVersionEditedIncompatibly_FailsNamingFileVersionAndRule()
    {
        _committed.Files["thing/Thing.v1.avsc"] = V1;
        _folder.Write("thing/Thing.v1.avsc", V2AddsRequired);

        var finding = _folder.Check(_committed).Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(GateFindingKind.PublishedVersionChanged);
        finding.Path.Should().EndWith("thing/Thing.v1.avsc");
        finding.Summary.Should().Contain("(Thing v1) was edited in place since HEAD");
        finding.First!.Type.Should().Be(IncompatibilityType.ReaderFieldMissingDefaultValue);
        finding.Details.Should().ContainSingle(d => d.Contains("the committed Thing v1 at HEAD", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CommittedVersionGainsOptionalField_PassesWithNote()
    {
        // Fully compatible both ways, which is all the gate can judge; the note still tells the reviewer.
        _committed.Files["thing/Thing.v1.avsc"] = V1;
        _folder.Write("thing/Thing.v1.avsc", V2);

        var report = _folder.Check(_committed);

        report.Passed.Should().BeTrue(report.Format());
        report.Notes.Should().ContainSingle().Which.Should().Contain("changed since HEAD");
    }

    [Fact]
    public void Check_CommittedVersionEditedOnlyInDocs_PassesWithNote()
    {
        _committed.Files["thing/Thing.v1.avsc"] = V1;
        _folder.Write("thing/Thing.v1.avsc", V1WithDoc);

        var report = _folder.Check(_committed);

        report.Passed.Should().BeTrue();
        report.Notes.Should().ContainSingle().Which.Should().Contain("Thing.v1.avsc changed since HEAD");
    }

    [Fact]
    public void Check_UnchangedApartFromLineEndings_PassesWithoutNote()
    {
        _committed.Files["thing/Thing.v1.avsc"] = V1 + "\n";
        _folder.Write("thing/Thing.v1.avsc", V1 + "\r\n");

        var report = _folder.Check(_committed);

        report.Passed.Should().BeTrue();
        report.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Check_NewVersionNotCommittedYet_IsFine()
    {
        _committed.Files["thing/Thing.v1.avsc"] = V1;
        _folder.Write("thing/Thing.v1.avsc", V1);
        _folder.Write("thing/Thing.v2.avsc", V2);

        _folder.Check(_committed).Passed.Should().BeTrue();
    }

    [Fact]
    public void Check_InPlaceEditAlsoBreaksLaterVersion_ListsTheEditFirst()
    {
        _committed.Files["thing/Thing.v1.avsc"] = V1;
        _folder.Write("thing/Thing.v1.avsc", V2AddsRequired);
        _folder.Write("thing/Thing.v2.avsc", V1);

        var findings = _folder.Check(_committed).Findings;

        findings.Select(f => f.Kind).Should().Equal(GateFindingKind.PublishedVersionChanged, GateFindingKind.Incompatible);
    }

    public void Dispose() => _folder.Dispose();
}
