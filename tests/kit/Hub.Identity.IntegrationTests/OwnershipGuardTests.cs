using Hub.Testing;

namespace Hub.Identity.IntegrationTests;

public class OwnershipGuardTests(StackFixture stack)
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Evaluate_SourceWinsFromOwner_Applies()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var result = await hub.Guard.EvaluateAsync("customer", "c-1", "crm", Changes(("givenName", "Jane")), Noon);

        result["givenName"].Verdict.Should().Be(FieldVerdict.Apply);
    }

    [Fact]
    public async Task Evaluate_SourceWinsFromNonOwner_RejectsOrQueuesAsConfigured()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var result = await hub.Guard.EvaluateAsync("customer", "c-1", "erp", Changes(("givenName", "J."), ("email", "j@example.com")), Noon);

        result["givenName"].Verdict.Should().Be(FieldVerdict.Reject);
        result["givenName"].Reason.Should().Contain("crm owns customer.givenName");
        result["email"].Verdict.Should().Be(FieldVerdict.QueueForResolution);
    }

    [Fact]
    public async Task Evaluate_ManualFromNonOwner_Queues()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var fromCrm = await hub.Guard.EvaluateAsync("customer", "c-1", "crm", Changes(("billingAddress", "1 New St")), Noon);
        var fromErp = await hub.Guard.EvaluateAsync("customer", "c-1", "erp", Changes(("billingAddress", "1 New St")), Noon);

        fromCrm["billingAddress"].Verdict.Should().Be(FieldVerdict.QueueForResolution);
        fromErp["billingAddress"].Verdict.Should().Be(FieldVerdict.Apply);
    }

    [Fact]
    public async Task Evaluate_LastWriteWins_NewerAppliesOlderIsIgnoredEqualApplies()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var first = await hub.Guard.EvaluateAsync("customer", "c-1", "crm", Changes(("phone", "+441")), Noon);
        var older = await hub.Guard.EvaluateAsync("customer", "c-1", "erp", Changes(("phone", "+442")), Noon.AddMinutes(-5));
        var redelivered = await hub.Guard.EvaluateAsync("customer", "c-1", "crm", Changes(("phone", "+441")), Noon);
        var newer = await hub.Guard.EvaluateAsync("customer", "c-1", "shop", Changes(("phone", "+443")), Noon.AddMinutes(1));
        var otherEntity = await hub.Guard.EvaluateAsync("customer", "c-2", "erp", Changes(("phone", "+444")), Noon.AddMinutes(-5));

        first["phone"].Verdict.Should().Be(FieldVerdict.Apply);
        older["phone"].Verdict.Should().Be(FieldVerdict.Ignore);
        older["phone"].Reason.Should().StartWith("stale");
        redelivered["phone"].Verdict.Should().Be(FieldVerdict.Apply);
        newer["phone"].Verdict.Should().Be(FieldVerdict.Apply);
        otherEntity["phone"].Verdict.Should().Be(FieldVerdict.Apply);
    }

    [Fact]
    public async Task Evaluate_UnlistedField_FollowsEntityPolicy()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var customer = await hub.Guard.EvaluateAsync("customer", "c-1", "erp", Changes(("nickname", "JJ")), Noon);
        var product = await hub.Guard.EvaluateAsync("product", "p-1", "erp", Changes(("colour", "red")), Noon);

        customer["nickname"].Verdict.Should().Be(FieldVerdict.Apply);
        product["colour"].Verdict.Should().Be(FieldVerdict.Reject);
    }

    private static Dictionary<string, object?> Changes(params (string Field, object? Value)[] changes) =>
        changes.ToDictionary(c => c.Field, c => c.Value);
}
