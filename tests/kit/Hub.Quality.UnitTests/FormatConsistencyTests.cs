using static Hub.Quality.UnitTests.Records;

namespace Hub.Quality.UnitTests;

public sealed class FormatConsistencyTests
{
    [Fact]
    public void Of_ValuesTheFieldsFormatRuleFaulted_CountedWithTheValuesAsExamples()
    {
        var records = new[]
        {
            Record("1", new() { ["phone"] = "020 7946 0018", ["email"] = "a@example.com" }),
            Record("2", new() { ["phone"] = "12", ["email"] = "b@example" }, issues: [Reject("phone", "phone"), Reject("email", "validate:email")]),
            Record("3", new() { ["phone"] = "not a phone" }, issues: [Reject("phone", "phone"), Reject("email", "required")]),
        };

        var formats = FormatConsistency.Of(records, Fields);

        formats.Should().BeEquivalentTo(
            new[]
            {
                new FormatCheck("email", "email", 2, 1, ["b@example"]),
                new FormatCheck("phone", "phone", 3, 2, ["12", "not a phone"]),
                new FormatCheck("changedAt", "date", 0, 0, []),
            },
            o => o.WithStrictOrdering(),
            "a missing e-mail is a completeness matter, not a format one; fields with no format rule are not checked");
    }

    [Fact]
    public void Of_ManyFaultyValues_ExamplesAreAFewDistinctOnes()
    {
        var records = Enumerable.Range(1, 6).Select(i => Record($"{i}", new() { ["phone"] = i % 2 == 0 ? "x" : $"bad {i}" }, issues: [Warning("phone", "phone")])).ToArray();

        var phone = FormatConsistency.Of(records, Fields).Single(f => f.Field == "phone");

        phone.NotMatching.Should().Be(6, "a warning from the format rule is a mismatch too");
        phone.Examples.Should().Equal("bad 1", "x", "bad 3");
    }
}
