using System.Security;

namespace Hub.Build.UnitTests.Fakes;

/// <summary>
/// TRX text in the shape xunit.v3 4.x writes with --report-xunit-trx (copied from a real run and trimmed):
/// skip reasons go to Output/StdOut, failures to Output/ErrorInfo/Message and StackTrace.
/// </summary>
public static class TrxSamples
{
    public const string Mixed = """
        <TestRun id="a9990050-3f28-489d-9ebc-499237e4bd57" name="unknown@unknown" runUser="unknown" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testName="Probe.ProbeTests.Skipped" outcome="NotExecuted" testId="0abf71e1-c80d-4059-89b2-710db795f35a" duration="00:00:00.0000000"><Output><StdOut>needs docker</StdOut></Output></UnitTestResult>
            <UnitTestResult testName="Probe.ProbeTests.Passes" outcome="Passed" testId="8d091f13-6175-4d2b-88c2-03ca952a2750" duration="00:00:00.0080000" />
            <UnitTestResult testName="Probe.ProbeTests.Fails" outcome="Failed" testId="b0476897-bffa-4532-93de-68e04e07df23" duration="00:00:00.0050000"><Output><ErrorInfo><Message>Assert.Equal() Failure: Values differ
        Expected: 1
        Actual:   2</Message><StackTrace>   at Probe.ProbeTests.Fails() in /tmp/T.cs:line 5</StackTrace></ErrorInfo></Output></UnitTestResult>
            <UnitTestResult testName="Probe.ProbeTests.Theory_Case(x: 2)" outcome="Passed" testId="767bc1ff-041a-46c1-a8e6-38fbfcf43619" />
            <UnitTestResult testName="Probe.ProbeTests.Theory_Case(x: 1)" outcome="Passed" testId="2939d5a3-0a1e-4600-a458-a8be8579d015" />
            <UnitTestResult testName="Probe.ProbeTests.Throws" outcome="Failed" testId="ec9979c1-069c-4cb9-a727-35b463a15e4b"><Output><ErrorInfo><Message>System.InvalidOperationException : boom &lt;&amp;&gt; "x"
        second line</Message><StackTrace>   at Probe.ProbeTests.Throws()</StackTrace></ErrorInfo></Output></UnitTestResult>
          </Results>
          <ResultSummary outcome="Failed"><Counters total="6" executed="5" passed="3" failed="2" error="0" notExecuted="1" /></ResultSummary>
        </TestRun>
        """;

    public const string Empty = """
        <TestRun id="c4e83757-0833-4d31-89fe-8526656675fc" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results />
          <ResultSummary outcome="Completed"><Counters total="0" executed="0" passed="0" failed="0" /></ResultSummary>
        </TestRun>
        """;

    /// <summary>A TRX with the given passes, failures (name: message) and skips (name: reason).</summary>
    public static string With(int passed = 0, string[]? failed = null, string[]? skipped = null)
    {
        var results = Enumerable.Range(1, passed).Select(i => Result($"Ns.T.Pass{i}", "Passed", null))
            .Concat((failed ?? []).Select(f => Result(f, "Failed", $"<ErrorInfo><Message>{Escape(f)} broke</Message></ErrorInfo>")))
            .Concat((skipped ?? []).Select(s => Result(s, "NotExecuted", $"<StdOut>{Escape(s)} reason</StdOut>")));
        return $"""<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>{string.Concat(results)}</Results></TestRun>""";
    }

    private static string Result(string name, string outcome, string? output) => output is null
        ? $"""<UnitTestResult testName="{Escape(name)}" outcome="{outcome}" />"""
        : $"""<UnitTestResult testName="{Escape(name)}" outcome="{outcome}"><Output>{output}</Output></UnitTestResult>""";

    private static string Escape(string text) => SecurityElement.Escape(text);
}
