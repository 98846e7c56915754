using Hub.Cli.Conflicts;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Identity;
using Spectre.Console.Rendering;

namespace Hub.Cli.UnitTests;

public sealed class ConflictViewTests
{
    private static readonly SystemLink[] Links = [new("crm", "CRM-1001"), new("shop", "S-77")];

    [Fact]
    public void List_PendingConflict_OneRowWithChangeAndStatus()
    {
        var text = Render(ConflictView.List([ConflictSamples.Pending()]));

        text.Should().ContainAll("canonical id", "current -> proposed", "proposing system", "owner", "raised at", "status");
        text.Should().ContainAll(ConflictSamples.Pending().ConflictId, "customer", "c-42", "email", "'jane@example.com' -> 'jane.doe@example.com'", "shop", "crm", "2026-03-01T09:00:00.000Z", "pending");
    }

    [Fact]
    public void List_LongValue_CutToTheCellWidth()
    {
        var text = Render(ConflictView.List([ConflictSamples.Pending() with { ProposedValue = new string('x', 100) }]));

        text.Should().Contain(new string('x', 39) + "…'").And.NotContain(new string('x', 41));
    }

    [Fact]
    public void Details_DecidedConflict_ShowsEveryFieldDecisionAndRecords()
    {
        var text = Render(ConflictView.Details(ConflictSamples.Accepted(), Links));

        text.Should().ContainAll("accepted by ops@example.com at 2026-03-01T11:00:00.000Z", "customer c-42", "'jane.doe@example.com'", "corr-7",
            "crm owns email", "crm:CRM-1001, shop:S-77", "INC-7 confirmed by phone");
    }

    [Fact]
    public void Status_Decided_NamesWhoAndWhen() =>
        ConflictView.Status(ConflictSamples.Accepted()).Should().Be("accepted by ops@example.com at 2026-03-01T11:00:00.000Z");

    [Fact]
    public void Consequence_Accept_SaysToEnterTheValueInTheOwnersRecord()
    {
        var text = ConflictView.Consequence(ConflictSamples.Pending(), ConflictStatus.Accepted, Links);

        text.Should().ContainAll("records the decision only", "changes no system", "enter 'jane.doe@example.com' as email of customer c-42 in crm (record CRM-1001)", "flows to every other system");
    }

    [Fact]
    public void Consequence_AcceptWithoutOwner_NamesTheFieldsOwnerGenerically() =>
        ConflictView.Consequence(ConflictSamples.Pending() with { OwnerSystem = null }, ConflictStatus.Accepted, [])
            .Should().Contain("in the system that owns email;");

    [Fact]
    public void Consequence_Reject_OwnerKeepsCurrentValue() =>
        ConflictView.Consequence(ConflictSamples.Pending(), ConflictStatus.Rejected, Links)
            .Should().ContainAll("crm (record CRM-1001) keeps 'jane@example.com'", "if shop should not keep 'jane.doe@example.com', correct it there");

    [Fact]
    public void Value_Null_ShownAsEmpty() => ConflictView.Value(null).Should().Be("(empty)");

    private static string Render(IRenderable renderable)
    {
        using var output = new StringWriter();
        new CliOutput(output, TextWriter.Null, OutputFormat.Table, interactive: false).Write(renderable);
        return output.ToString();
    }
}
