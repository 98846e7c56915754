using Hub.Messaging.Processing;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class BatchOutcomeTests
{
    private static readonly PartitionRef P0 = new("orders", 0);
    private static readonly PartitionRef P1 = new("orders", 1);
    private static readonly DateTimeOffset T = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsEmpty_NewOutcome_True()
    {
        new BatchOutcome().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void IsEmpty_AnythingRecorded_False()
    {
        var marked = new BatchOutcome();
        marked.Mark("e1", MarkerState.Done, 0);
        var advanced = new BatchOutcome();
        advanced.Advance(P0, Checkpoint(1));
        var parked = new BatchOutcome();
        parked.ChangeParked(P0, "k", 1);

        new[] { marked, advanced, parked }.Should().OnlyContain(o => !o.IsEmpty);
    }

    [Fact]
    public void Mark_SameEventTwice_LastStateWins()
    {
        var outcome = new BatchOutcome();

        outcome.Mark("e1", MarkerState.Parked, 1);
        outcome.Mark("e1", MarkerState.Done, 2);

        outcome.Markers.Should().Equal(new Dictionary<string, EventMarker> { ["e1"] = new(MarkerState.Done, 2) });
    }

    [Fact]
    public void Advance_LowerOffsetAfterHigher_KeepsHighest()
    {
        var outcome = new BatchOutcome();

        outcome.Advance(P0, Checkpoint(10));
        outcome.Advance(P0, Checkpoint(7));
        outcome.Advance(P0, Checkpoint(10, eventSeconds: 99));

        outcome.Checkpoints[P0].Should().Be(Checkpoint(10), "an equal offset does not replace the checkpoint");
    }

    [Fact]
    public void Advance_HigherOffset_Replaces()
    {
        var outcome = new BatchOutcome();

        outcome.Advance(P0, Checkpoint(10));
        outcome.Advance(P0, Checkpoint(11));

        outcome.Checkpoints[P0].Offset.Should().Be(11);
    }

    [Fact]
    public void Advance_DifferentPartitions_KeptApart()
    {
        var outcome = new BatchOutcome();

        outcome.Advance(P0, Checkpoint(10));
        outcome.Advance(P1, Checkpoint(3));

        outcome.Checkpoints.Should().HaveCount(2);
        outcome.Checkpoints[P1].Offset.Should().Be(3);
    }

    [Fact]
    public void ChangeParked_SameScopeAndKey_Sums()
    {
        var outcome = new BatchOutcome();

        outcome.ChangeParked(P0, "k", 1);
        outcome.ChangeParked(P0, "k", 1);
        outcome.ChangeParked(P0, "k", -1);
        outcome.ChangeParked(P1, "k", -1);
        outcome.ChangeParked(P0, "other", 2);

        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int>
        {
            [(P0, "k")] = 1,
            [(P1, "k")] = -1,
            [(P0, "other")] = 2,
        });
    }

    [Fact]
    public void MergeFrom_OtherOutcome_CombinesMarkersCheckpointsAndParkedDeltas()
    {
        var target = new BatchOutcome();
        target.Mark("e1", MarkerState.Parked, 1);
        target.Advance(P0, Checkpoint(20));
        target.Advance(P1, Checkpoint(5));
        target.ChangeParked(P0, "k", 1);
        var other = new BatchOutcome();
        other.Mark("e1", MarkerState.Done, 1);
        other.Mark("e2", MarkerState.Done, 1);
        other.Advance(P0, Checkpoint(15));
        other.Advance(P1, Checkpoint(9));
        other.ChangeParked(P0, "k", 2);
        other.ChangeParked(P1, "j", -1);

        target.MergeFrom(other);

        target.Markers.Should().Equal(new Dictionary<string, EventMarker>
        {
            ["e1"] = new(MarkerState.Done, 1),
            ["e2"] = new(MarkerState.Done, 1),
        });
        target.Checkpoints[P0].Offset.Should().Be(20, "a merged lower offset never moves a checkpoint back");
        target.Checkpoints[P1].Offset.Should().Be(9);
        target.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(P0, "k")] = 3, [(P1, "j")] = -1 });
    }

    [Fact]
    public void MergeFrom_EmptyOutcome_ChangesNothing()
    {
        var target = new BatchOutcome();
        target.Advance(P0, Checkpoint(1));

        target.MergeFrom(new BatchOutcome());

        target.Checkpoints.Should().ContainSingle();
        target.Markers.Should().BeEmpty();
        target.ParkedDeltas.Should().BeEmpty();
    }

    private static Checkpoint Checkpoint(long offset, int eventSeconds = 0) => new(offset, T.AddSeconds(eventSeconds), T.AddMinutes(1));
}
