using System.Text.Json.Nodes;

namespace Erp.Connector.IntegrationTests.Sandbox;

/// <summary>Search domains evaluated as Odoo evaluates them in PostgreSQL.</summary>
public class OdooDomainTests(OdooSandboxFixture sandbox) : IClassFixture<OdooSandboxFixture>
{
    private OdooSandboxProcess Odoo => sandbox.Odoo;

    [Theory]
    [InlineData("ilike", "brunel%works", true)]
    [InlineData("ilike", "BRUNEL_IRON", true)]
    [InlineData("like", "brunel%works", false)]
    [InlineData("like", "Brunel%Works", true)]
    [InlineData("=ilike", "brunel iron%", true)]
    [InlineData("=ilike", "iron works", false)]
    [InlineData("=like", "Brunel Iron Works", true)]
    [InlineData("not ilike", "iron%works", false)]
    public async Task Search_LikeOperators_PercentAndUnderscoreInValueAreWildcards(string op, string value, bool found)
    {
        var id = (await Odoo.ResultAsync("res.partner", "create", [new JsonObject { ["name"] = "Brunel Iron Works", ["ref"] = "like-test" }])).GetValue<int>();

        var ids = await Odoo.ResultAsync("res.partner", "search", [new JsonArray(new JsonArray("ref", "=", "like-test"), new JsonArray("name", op, value))]);

        ids.AsArray().Select(i => i!.GetValue<int>()).Contains(id).Should().Be(found);
    }

    [Fact]
    public async Task Search_WriteDateToTheSecond_ComparesWithStoredMicroseconds()
    {
        var id = (await Odoo.ResultAsync("res.partner", "create", [new JsonObject { ["name"] = "Precise Ltd", ["ref"] = "precision-test" }])).GetValue<int>();
        var shown = (await Odoo.ResultAsync("res.partner", "read", [new JsonArray(id)], new JsonObject { ["fields"] = new JsonArray("write_date") }))[0]!["write_date"]!.ToString();

        shown.Should().MatchRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", "Odoo shows datetimes to the second over RPC");
        (await FindAsync(id, "=", shown)).Should().BeFalse("the stored time has microseconds past the second shown (one chance in a million of .000000)");
        (await FindAsync(id, ">", shown)).Should().BeTrue();
        (await FindAsync(id, ">=", shown)).Should().BeTrue();
        (await FindAsync(id, "<", shown)).Should().BeFalse();
        (await FindAsync(id, "<=", shown)).Should().BeFalse();
    }

    [Fact]
    public async Task Create_SeveralRecordsInOneCall_ShareOneWriteDate()
    {
        var ids = (await Odoo.ResultAsync("res.partner", "create", [new JsonArray(
            new JsonObject { ["name"] = "Batch A", ["ref"] = "batch-test" }, new JsonObject { ["name"] = "Batch B", ["ref"] = "batch-test" }, new JsonObject { ["name"] = "Batch C", ["ref"] = "batch-test" })]))
            .AsArray().Select(i => i!.GetValue<int>()).ToList();

        // One call is one transaction with one timestamp, microseconds and all: with write_date descending first,
        // only the id order is left to sort them.
        var rows = await Odoo.ResultAsync("res.partner", "search_read", [new JsonArray(new JsonArray("ref", "=", "batch-test"))], new JsonObject { ["fields"] = new JsonArray("write_date"), ["order"] = "write_date desc, id asc" });

        rows.AsArray().Select(r => r!["id"]!.GetValue<int>()).Should().Equal(ids, "equal write_dates fall back to the id order");
        rows.AsArray().Select(r => r!["write_date"]!.ToString()).Distinct().Should().ContainSingle();
    }

    private async Task<bool> FindAsync(int id, string op, string writeDate) =>
        (await Odoo.ResultAsync("res.partner", "search", [new JsonArray(new JsonArray("id", "=", id), new JsonArray("write_date", op, writeDate))])).AsArray().Count == 1;
}
