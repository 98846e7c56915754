using Hub.Cli.Infrastructure;
using Hub.Cli.Replay;
using Hub.Messaging.Processing;

namespace Hub.Cli.UnitTests;

public sealed class ReplayPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PartitionRef Partition = new("orders", 2);

    // One entry per batch, newest first: batches ending at 9 (t+1m), 19 (t+2m), 29 (t+3m), 39 (t+4m).
    private static readonly IReadOnlyList<Checkpoint> History =
    [
        Entry(39, 4), Entry(29, 3), Entry(19, 2), Entry(9, 1),
    ];

    [Fact]
    public void SinceProcessed_TimeBetweenBatches_StartsAfterNewestBatchBeforeIt()
    {
        var (from, note) = ReplayPlanner.SinceProcessed(History, T0.AddMinutes(2.5));

        from.Should().Be(20, "the batch ending at 19 was processed before the time, the one ending at 29 after it");
        note.Should().BeNull();
    }

    [Fact]
    public void SinceProcessed_TimeExactlyAtABatch_ThatBatchIsReplayed()
    {
        ReplayPlanner.SinceProcessed(History, T0.AddMinutes(3)).From.Should().Be(20, "'since T' includes what was processed at T");
    }

    [Fact]
    public void SinceProcessed_AfterNewestBatch_NothingToReplay()
    {
        ReplayPlanner.SinceProcessed(History, T0.AddMinutes(10)).From.Should().Be(40);
    }

    [Fact]
    public void SinceProcessed_HistoryDoesNotReachBack_OldestEntryWithNote()
    {
        var (from, note) = ReplayPlanner.SinceProcessed(History, T0);

        from.Should().Be(9);
        note.Should().Contain("only reaches back");
    }

    [Fact]
    public void SinceProcessed_NoHistory_NoStart()
    {
        ReplayPlanner.SinceProcessed([], T0).From.Should().BeNull();
    }

    [Theory]
    [InlineData(20, 0, 40, 20, 40)]
    [InlineData(5, 10, 40, 10, 40)]
    [InlineData(50, 0, 40, 40, 40)]
    public void Fit_StartOutsideWhatThePartitionHolds_Clamped(long from, long low, long high, long expectedFrom, long expectedUntil)
    {
        var plan = ReplayPlanner.Fit("g", Partition, from, low, high, null);

        (plan.From, plan.Until).Should().Be((expectedFrom, expectedUntil));
        plan.Count.Should().Be(expectedUntil - expectedFrom);
    }

    [Fact]
    public void Fit_StartBelowRetention_SaysSo()
    {
        ReplayPlanner.Fit("g", Partition, 5, 10, 40, null).Note.Should().Contain("retention");
    }

    [Fact]
    public void ReplayModeParse_NoMode_BadInput()
    {
        var act = () => ReplayMode.Parse(null, null, null, false, T0);

        act.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.BadInput);
    }

    [Fact]
    public void ReplayModeParse_TwoModes_BadInput()
    {
        var act = () => ReplayMode.Parse("-1h", null, 5, false, T0);

        act.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.BadInput);
    }

    [Fact]
    public void ReplayModeParse_NegativeOffset_BadInput()
    {
        var act = () => ReplayMode.Parse(null, null, -1, false, T0);

        act.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.BadInput);
    }

    [Fact]
    public void ReplayModeParse_SinceProcessedRelative_ResolvedAgainstNow()
    {
        var mode = ReplayMode.Parse("-90m", null, null, false, T0);

        mode.Should().Be(new ReplayMode(ReplayModeKind.SinceProcessed, Time: T0.AddMinutes(-90)));
    }

    private static Checkpoint Entry(long offset, int minute) => new(offset, T0.AddMinutes(minute - 1), T0.AddMinutes(minute));
}
