using System.Xml.Linq;

namespace Hub.Build.Testing;

/// <summary>
/// Reads the TRX files written by xunit.v3's <c>--report-xunit-trx</c>. Elements are matched by local name so a
/// TRX without the VisualStudio TeamTest namespace reads the same.
/// </summary>
public static class TrxParser
{
    public static IReadOnlyList<TestCaseResult> ParseFile(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<TestCaseResult> Parse(string xml)
    {
        var document = XDocument.Parse(xml);
        return document.Descendants()
            .Where(e => e.Name.LocalName == "UnitTestResult")
            .Select(ToResult)
            .ToList();
    }

    /// <summary>
    /// Anything that is neither a pass nor a known kind of "not run" counts as a failure: an outcome we do not
    /// recognise must never turn into a silent pass.
    /// </summary>
    public static TestOutcome MapOutcome(string? outcome) => outcome switch
    {
        "Passed" or "PassedButRunAborted" or "Completed" or "Warning" => TestOutcome.Passed,
        "NotExecuted" or "Inconclusive" or "NotRunnable" or "Pending" => TestOutcome.Skipped,
        _ => TestOutcome.Failed,
    };

    private static TestCaseResult ToResult(XElement result)
    {
        var name = result.Attribute("testName")?.Value ?? "(unnamed test)";
        var outcome = MapOutcome(result.Attribute("outcome")?.Value);
        var output = Child(result, "Output");
        var message = Child(Child(output, "ErrorInfo"), "Message")?.Value;

        // xunit.v3 writes a skip reason as the result's StdOut; other producers use ErrorInfo/Message.
        var detail = outcome switch
        {
            TestOutcome.Skipped => NullIfBlank(Child(output, "StdOut")?.Value) ?? NullIfBlank(message),
            TestOutcome.Failed => NullIfBlank(message) ?? $"outcome '{result.Attribute("outcome")?.Value}'",
            _ => null,
        };
        return new TestCaseResult(name, outcome, detail);
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
