using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Quality;
using Hub.Quality;

namespace Hub.Cli.UnitTests;

/// <summary>What `hub quality` prints: a summary line and five tables, the same as markdown, with "none" for an empty section.</summary>
public sealed class QualityViewTests
{
    private static readonly QualityProfile Profile = new(
        "legacy-csv", "customers", "legacy-to-canonical.customer", "customers_1.csv", 3, 1,
        [new FieldCompleteness("phone", "PHONE", 2, 1, 66.7)],
        [new DuplicateCandidate("email", "ada@example.com", ["1", "2"])],
        [new FormatCheck("phone", "phone", 2, 1, ["12|34"])],
        [],
        [new RejectReason("phone", "phone", 1, "'12|34' is not a phone number")]);

    [Fact]
    public void Show_Table_SummaryLineEveryRowAndNoneForAnEmptySection()
    {
        var output = Render(OutputFormat.Table);

        output.Should().Contain("legacy-csv customers: 3 record(s) from customers_1.csv through legacy-to-canonical.customer; 1 would be rejected.");
        output.Should().MatchRegex(@"phone\W+PHONE\W+2\W+1\W+66\.7");
        output.Should().MatchRegex(@"email\W+ada@example\.com\W+1, 2");
        output.Should().MatchRegex(@"Values the value maps do not cover\s+none");
    }

    [Fact]
    public void Show_Markdown_SectionsAsTablesWithPipesInValuesEscaped()
    {
        var output = Render(OutputFormat.Markdown);

        output.Should().StartWith("# Data quality: legacy-csv customers");
        output.Should().Contain("## Formats").And.Contain("| phone | phone | 2 | 1 | 12\\|34 |");
        output.Should().Contain("## Values the value maps do not cover\n\nNone.".ReplaceLineEndings());
        output.Should().Contain("| email | ada@example.com | 1, 2 |");
    }

    private static string Render(OutputFormat format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        QualityView.Show(new CliOutput(output, error, format, interactive: false), Profile);
        return output.ToString();
    }
}
