using static Hub.Reconciliation.UnitTests.Snapshots;

namespace Hub.Reconciliation.UnitTests;

public sealed class ReconcilerTests
{
    [Fact]
    public void Compare_SameRecordsEverywhere_FindsNothing()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1")), Erp(Record("7", "cust-1"))], Options());

        result.Differences.Should().BeEmpty();
        result.Compared.Should().Be(1);
        result.Systems.Should().Equal(new SystemCount("crm", 1), new SystemCount("erp", 1));
    }

    [Fact]
    public void Compare_CanonicalRecordAbsentFromOneSystem_IsMissingThere()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1"), Record("c2", "cust-2")), Erp(Record("7", "cust-1"))], Options());

        var missing = result.Differences.Should().ContainSingle().Subject;
        missing.Kind.Should().Be(DifferenceKind.Missing);
        missing.System.Should().Be("erp");
        missing.CanonicalId.Should().Be("cust-2");
        missing.RecordId.Should().BeNull();
        missing.Reference.Should().Be("crm");
    }

    [Fact]
    public void Compare_RecordWithoutCanonicalId_IsExtra()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1")), Erp(Record("7", "cust-1"), Record("8", null))], Options());

        var extra = result.Differences.Should().ContainSingle().Subject;
        extra.Should().Be(extra with { Kind = DifferenceKind.Extra, System = "erp", RecordId = "8", CanonicalId = null });
    }

    [Fact]
    public void Compare_OwnedFieldDiffersFromOwner_IsDriftInTheOtherSystemWithBothValues()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1")), Erp(Record("7", "cust-1", email: "old@example.com"))], Options());

        var drift = result.Differences.Should().ContainSingle().Subject;
        drift.Kind.Should().Be(DifferenceKind.Drift);
        drift.System.Should().Be("erp");
        drift.RecordId.Should().Be("7");
        drift.Field.Should().Be("email");
        drift.Value.Should().Be("old@example.com");
        drift.Expected.Should().Be("ada@example.com");
        drift.Reference.Should().Be("crm");
    }

    [Fact]
    public void Compare_FieldOwnedByTheOtherSystem_DriftIsReportedOnTheNonOwner()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1", credit: "250")), Erp(Record("7", "cust-1", credit: "100.00"))], Options());

        result.Differences.Should().ContainSingle().Which.Should().Match<Difference>(d =>
            d.Kind == DifferenceKind.Drift && d.System == "crm" && d.Field == "creditLimit.amount" && d.Expected == "100.00");
    }

    [Theory]
    [InlineData("100", "100.00")]
    [InlineData(null, "")]
    public void Compare_ValuesWrittenDifferently_AreTheSame(string? crm, string? erp)
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1", credit: crm)), Erp(Record("7", "cust-1", credit: erp))], Options());

        result.Differences.Should().BeEmpty();
    }

    [Fact]
    public void Compare_FieldWithoutOwnerDiffers_IsNoDriftWhileBothCopiesAreFresh()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1", phone: "+441")), Erp(Record("7", "cust-1", phone: "+442", modified: Now.AddMinutes(-50)))], Options());

        result.Differences.Should().BeEmpty("phone is last-write-wins and the ERP's copy lags by less than the freshness target");
    }

    [Fact]
    public void Compare_CopyLaggingMoreThanTheFreshnessTargetAndDiffering_IsStale()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1", phone: "+441")), Erp(Record("7", "cust-1", phone: "+442", modified: Now.AddHours(-3)))], Options());

        var stale = result.Differences.Should().ContainSingle().Subject;
        stale.Kind.Should().Be(DifferenceKind.Stale);
        stale.System.Should().Be("erp");
        stale.Reference.Should().Be("crm");
        stale.Detail.Should().Contain("phone");
    }

    [Fact]
    public void Compare_OldCopyThatAgrees_IsNotStale()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1")), Erp(Record("7", "cust-1", modified: Now.AddDays(-30)))], Options());

        result.Differences.Should().BeEmpty();
    }

    [Fact]
    public void Compare_Since_LeavesOutRecordsUnchangedEverywhereSinceThen()
    {
        var old = Now.AddDays(-2);
        var result = Reconciler.Compare(
            Customer,
            [Crm(Record("c1", "cust-1", modified: old), Record("c2", "cust-2")), Erp(Record("8", null, modified: old))],
            Options(since: Now.AddHours(-1)));

        result.Compared.Should().Be(1);
        result.Differences.Should().ContainSingle().Which.CanonicalId.Should().Be("cust-2", "cust-1 and the extra ERP record did not change in the window");
    }

    [Fact]
    public void Compare_UnreadableRecord_IsNotComparedFieldByField()
    {
        var unreadable = Record("c1", "cust-1", email: null) with { Unreadable = "email [required] reject: missing" };

        var result = Reconciler.Compare(Customer, [Crm(unreadable), Erp(Record("7", "cust-1"))], Options());

        result.Differences.Should().BeEmpty();
    }

    [Fact]
    public void About_OneSystem_KeepsOnlyItsDifferencesAndSummarises()
    {
        var result = Reconciler.Compare(Customer, [Crm(Record("c1", "cust-1", credit: "5"), Record("c2", "cust-2")), Erp(Record("7", "cust-1"))], Options());

        result.Summary.Should().Equal(new DifferenceCount("crm", DifferenceKind.Drift, 1), new DifferenceCount("erp", DifferenceKind.Missing, 1));
        result.About(["erp"]).Differences.Should().ContainSingle().Which.Kind.Should().Be(DifferenceKind.Missing);
    }
}
