using Hub.Build.Testing;
using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

public class TrxParserTests
{
    [Fact]
    public void Parse_XunitV3Report_CountsEveryOutcome()
    {
        var results = TrxParser.Parse(TrxSamples.Mixed);

        results.Should().HaveCount(6);
        results.Count(r => r.Outcome == TestOutcome.Passed).Should().Be(3);
        results.Count(r => r.Outcome == TestOutcome.Failed).Should().Be(2);
        results.Count(r => r.Outcome == TestOutcome.Skipped).Should().Be(1);
    }

    [Fact]
    public void Parse_SkippedTest_TakesReasonFromStdOut()
    {
        var skipped = TrxParser.Parse(TrxSamples.Mixed).Single(r => r.Outcome == TestOutcome.Skipped);

        skipped.Name.Should().Be("Probe.ProbeTests.Skipped");
        skipped.Detail.Should().Be("needs docker");
    }

    [Fact]
    public void Parse_FailedTest_KeepsMessageAndFirstLine()
    {
        var failed = TrxParser.Parse(TrxSamples.Mixed).Single(r => r.Name == "Probe.ProbeTests.Throws");

        failed.FirstLine.Should().Be("System.InvalidOperationException : boom <&> \"x\"");
        failed.Detail.Should().Contain("second line");
    }

    [Fact]
    public void Parse_TheoryCases_AreSeparateResults()
    {
        TrxParser.Parse(TrxSamples.Mixed).Select(r => r.Name)
            .Should().Contain(["Probe.ProbeTests.Theory_Case(x: 1)", "Probe.ProbeTests.Theory_Case(x: 2)"]);
    }

    [Fact]
    public void Parse_NoResults_ReturnsEmpty()
    {
        TrxParser.Parse(TrxSamples.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Parse_WithoutNamespace_ReadsTheSame()
    {
        var xml = TrxSamples.Mixed.Replace(" xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"", "");

        TrxParser.Parse(xml).Should().BeEquivalentTo(TrxParser.Parse(TrxSamples.Mixed));
    }

    [Fact]
    public void Parse_SkippedWithoutReason_HasNoDetail()
    {
        var xml = """<TestRun><Results><UnitTestResult testName="A.B" outcome="NotExecuted" /></Results></TestRun>""";

        TrxParser.Parse(xml).Single().Detail.Should().BeNull();
    }

    [Theory]
    [InlineData("Passed", TestOutcome.Passed)]
    [InlineData("NotExecuted", TestOutcome.Skipped)]
    [InlineData("Inconclusive", TestOutcome.Skipped)]
    [InlineData("Failed", TestOutcome.Failed)]
    [InlineData("Error", TestOutcome.Failed)]
    [InlineData("Timeout", TestOutcome.Failed)]
    [InlineData("Aborted", TestOutcome.Failed)]
    [InlineData("SomethingNew", TestOutcome.Failed)]
    [InlineData(null, TestOutcome.Failed)]
    public void MapOutcome_TrxOutcome_MapsConservatively(string? outcome, TestOutcome expected)
    {
        TrxParser.MapOutcome(outcome).Should().Be(expected);
    }

    [Fact]
    public void Parse_FailedWithoutMessage_StillExplainsOutcome()
    {
        var xml = """<TestRun><Results><UnitTestResult testName="A.B" outcome="Timeout" /></Results></TestRun>""";

        TrxParser.Parse(xml).Single().Detail.Should().Be("outcome 'Timeout'");
    }
}
