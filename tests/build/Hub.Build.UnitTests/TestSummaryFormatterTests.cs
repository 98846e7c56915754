using System.Text.RegularExpressions;
using Hub.Build.Testing;
using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

public class TestSummaryFormatterTests
{
    // The shape CI reads: "N passed, N failed" alone on a line, optional ", N skipped", optional "Word:" before it.
    private static readonly Regex CiClosingLine = new(@"^\s*(\S+:\s*)?\d+ passed, \d+ failed(, \d+ skipped)?\s*$");

    private static readonly ProjectTestRun Unit = new("Hub.A.UnitTests", TrxParser.Parse(TrxSamples.Mixed), null);

    private static readonly ProjectTestRun Integration = new(
        "Hub.A.IntegrationTests", TrxParser.Parse(TrxSamples.With(passed: 4, skipped: ["Ns.T.NeedsDocker"])), null);

    [Fact]
    public void Format_SeveralProjects_HasExactlyOneCiClosingLineWithTotals()
    {
        var lines = Lines(TestSummaryFormatter.Format([Unit, Integration]));

        lines.Where(l => CiClosingLine.IsMatch(l)).Should().ContainSingle()
            .Which.Should().Be("Tests: 7 passed, 2 failed, 2 skipped");
    }

    [Fact]
    public void Format_SeveralProjects_PrintsOneLinePerProjectBeforeClosingLine()
    {
        var lines = Lines(TestSummaryFormatter.Format([Unit, Integration]));
        var closing = lines.IndexOf("Tests: 7 passed, 2 failed, 2 skipped");

        lines[0].Should().Contain("Hub.A.UnitTests").And.Contain("3 passed").And.Contain("2 failed").And.Contain("1 skipped");
        lines[1].Should().Contain("Hub.A.IntegrationTests").And.Contain("4 passed");
        closing.Should().Be(2);
    }

    [Fact]
    public void Format_SkippedTests_ListedWithReasonsAfterClosingLine()
    {
        var text = TestSummaryFormatter.Format([Unit, Integration]);

        text.Should().Contain("Skipped (2):")
            .And.Contain("[Hub.A.UnitTests] Probe.ProbeTests.Skipped: needs docker")
            .And.Contain("[Hub.A.IntegrationTests] Ns.T.NeedsDocker: Ns.T.NeedsDocker reason");
        text.IndexOf("Skipped (2):", StringComparison.Ordinal)
            .Should().BeGreaterThan(text.IndexOf("Tests: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_FailedTests_ListedWithFirstLineOnly()
    {
        var text = TestSummaryFormatter.Format([Unit]);

        text.Should().Contain("Failed (2):")
            .And.Contain("[Hub.A.UnitTests] Probe.ProbeTests.Fails: Assert.Equal() Failure: Values differ")
            .And.NotContain("Expected: 1");
    }

    [Fact]
    public void Format_ProjectThatFailedToRun_IsFlaggedAndListed()
    {
        var broken = ProjectTestRun.NotRun("Hub.B.UnitTests", "exit code 3 and no TRX report");

        var text = TestSummaryFormatter.Format([Integration, broken]);

        text.Should().Contain("FAILED TO RUN: exit code 3 and no TRX report")
            .And.Contain("Projects that failed to run (1):");
        TestSummaryFormatter.IsSuccess([Integration, broken]).Should().BeFalse();
    }

    [Fact]
    public void IsSuccess_OnlyPassesAndSkips_IsTrue()
    {
        TestSummaryFormatter.IsSuccess([Integration]).Should().BeTrue();
    }

    [Fact]
    public void IsSuccess_AnyFailedTest_IsFalse()
    {
        TestSummaryFormatter.IsSuccess([Integration, Unit]).Should().BeFalse();
    }

    [Fact]
    public void IsSuccess_NoProjects_IsFalse()
    {
        TestSummaryFormatter.IsSuccess([]).Should().BeFalse();
    }

    [Fact]
    public void Format_AllGreen_PrintsNoListSections()
    {
        var green = new ProjectTestRun("Hub.C.UnitTests", TrxParser.Parse(TrxSamples.With(passed: 2)), null);

        var text = TestSummaryFormatter.Format([green]);

        text.Should().Contain("Tests: 2 passed, 0 failed, 0 skipped")
            .And.NotContain("Skipped (").And.NotContain("Failed (").And.NotContain("failed to run");
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
