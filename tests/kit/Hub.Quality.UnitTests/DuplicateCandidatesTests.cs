using Hub.Identity;
using static Hub.Quality.UnitTests.Records;

namespace Hub.Quality.UnitTests;

public sealed class DuplicateCandidatesTests
{
    [Fact]
    public void Find_EmailsDifferingInCaseAndSpaces_OneCandidateNamingBothRecords()
    {
        var records = new[]
        {
            Record("1", new() { ["email"] = " Ada@Example.com " }),
            Record("2", new() { ["email"] = "ada@example.com" }),
            Record("3", new() { ["email"] = "grace@example.com" }),
        };

        var duplicates = DuplicateCandidates.Find(records, Keys);

        var candidate = duplicates.Should().ContainSingle().Subject;
        (candidate.Key, candidate.Value).Should().Be(("email", "ada@example.com"));
        candidate.RecordIds.Should().Equal("1", "2");
    }

    [Fact]
    public void Find_VatIdsWrittenDifferentlyAndSamePhone_ACandidatePerKey()
    {
        var records = new[]
        {
            Record("1", new() { ["vatId"] = "GB 123 4567 89", ["phone"] = "+442079460018" }),
            Record("2", new() { ["vatId"] = "gb123456789", ["phone"] = "+44 20 7946 0018" }),
        };

        var duplicates = DuplicateCandidates.Find(records, Keys);

        duplicates.Select(d => (d.Key, d.Value)).Should().Equal(("vatId", "GB123456789"), ("phone", "+442079460018"));
    }

    [Fact]
    public void Find_BlankKeys_NeverDuplicatesOfEachOther()
    {
        var records = new[] { Record("1", new() { ["email"] = " " }), Record("2", new() { ["email"] = null }), Record("3", new()) };

        DuplicateCandidates.Find(records, Keys).Should().BeEmpty();
    }

    [Fact]
    public void KeysFor_EntityWithoutAPhoneKey_AddsThePhoneAfterItsOwnKeys()
    {
        var customer = new EntityIdentity("customer", "crm", [new MatchKey("email", MatchNormalization.Email), new MatchKey("vatId", MatchNormalization.Vat)], new Dictionary<string, FieldOwnership>(), false);

        DuplicateCandidates.KeysFor(customer).Select(k => (k.Name, k.Normalization)).Should().Equal(
            ("email", MatchNormalization.Email), ("vatId", MatchNormalization.Vat), ("phone", MatchNormalization.Phone));
    }
}
