using System.CommandLine;
using Hub.Cli.Conflicts;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.UnitTests;

/// <summary>How `hub conflicts` parses: the selection of list, and the preview / dry-run / apply rule of accept and reject.</summary>
public sealed class ConflictsCommandTests
{
    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public void Validate_NeitherYesNorDryRun_IsPreview(string verb) =>
        ChangeOptions.Validate(Parse("conflicts", verb, "c-1")).Should().Be(ChangeMode.Preview);

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public void Validate_DryRunWithoutReason_IsDryRun(string verb) =>
        ChangeOptions.Validate(Parse("conflicts", verb, "c-1", "--dry-run")).Should().Be(ChangeMode.DryRun);

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public void Validate_YesWithReason_IsApply(string verb) =>
        ChangeOptions.Validate(Parse("conflicts", verb, "c-1", "--yes", "--reason", "checked with the customer")).Should().Be(ChangeMode.Apply);

    [Fact]
    public void Validate_YesWithoutReason_BadInput()
    {
        var validate = () => ChangeOptions.Validate(Parse("conflicts", "accept", "c-1", "-y"));

        validate.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.BadInput);
    }

    [Fact]
    public void RequireId_Padded_Trimmed() =>
        ConflictOptions.RequireId(Parse("conflicts", "show", " 0195-abc ")).Should().Be("0195-abc");

    [Fact]
    public void Filter_NoOptions_PendingWithDefaultLimit()
    {
        var filter = ConflictOptions.Filter(Parse("conflicts", "list"));

        filter.Should().BeEquivalentTo(new ConflictFilter { Limit = 100 });
        filter.HasCriteria.Should().BeFalse();
    }

    [Fact]
    public void Filter_EveryOption_Parsed()
    {
        var filter = ConflictOptions.Filter(Parse("conflicts", "list", "--entity", "customer", "--field", "email", "--system", "shop", "--decided", "--limit", "5"));

        filter.Should().BeEquivalentTo(new ConflictFilter { Entity = "customer", Field = "email", System = "shop", Decided = true, Limit = 5 });
        filter.HasCriteria.Should().BeTrue();
    }

    [Fact]
    public void Filter_LimitZero_BadInput()
    {
        var filter = () => ConflictOptions.Filter(Parse("conflicts", "list", "--limit", "0"));

        filter.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.BadInput);
    }

    private static ParseResult Parse(params string[] args)
    {
        var parse = HubCommandLine.Build().Parse(args);
        parse.Errors.Should().BeEmpty();
        return parse;
    }
}
