using static Hub.Quality.UnitTests.Records;

namespace Hub.Quality.UnitTests;

public sealed class CompletenessTests
{
    [Fact]
    public void Of_BlankSpacesAndAbsentValues_CountedAsBlankWithThePercentFilled()
    {
        var records = new[]
        {
            Record("1", new() { ["email"] = "a@example.com", ["phone"] = "020 7946 0018" }),
            Record("2", new() { ["email"] = "   ", ["phone"] = null }),
            Record("3", new() { ["email"] = "c@example.com" }),
        };

        var completeness = Completeness.Of(records, Fields);

        completeness.Should().Equal(
            new FieldCompleteness("email", "EMAIL", 2, 1, 66.7),
            new FieldCompleteness("phone", "PHONE", 1, 2, 33.3),
            new FieldCompleteness("status", "STATUS", 0, 3, 0),
            new FieldCompleteness("changedAt", "CHANGED_ON", 0, 3, 0));
    }

    [Fact]
    public void Of_NoRecords_ZeroPercentRatherThanNaN()
    {
        Completeness.Of([], Fields).Should().OnlyContain(c => c.Filled == 0 && c.Blank == 0 && c.FilledPercent == 0);
    }
}
