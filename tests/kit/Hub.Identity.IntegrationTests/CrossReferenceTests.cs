using Hub.Testing;

namespace Hub.Identity.IntegrationTests;

public class CrossReferenceTests(StackFixture stack)
{
    [Fact]
    public async Task ResolveOrCreate_AuthorityNewRecord_CreatesCanonicalId()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var created = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "51", IdentityHarness.Email("jane@example.com"));
        var again = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "51", IdentityHarness.Email("jane@example.com"));

        created.Status.Should().Be(ResolveStatus.Created);
        Guid.TryParse(created.CanonicalId, out _).Should().BeTrue();
        again.Should().Be(new ResolveResult(ResolveStatus.Existing, created.CanonicalId));
        (await hub.CrossReference.GetCanonicalIdAsync("customer", "crm", "51")).Should().Be(created.CanonicalId);
    }

    [Fact]
    public async Task ResolveOrCreate_NonAuthorityWithoutMatch_IsUnmatchedAndCreatesNothing()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var result = await hub.CrossReference.ResolveOrCreateAsync("customer", "erp", "P-7", IdentityHarness.Email("nobody@example.com"));

        result.Should().Be(new ResolveResult(ResolveStatus.Unmatched, null));
        (await hub.CrossReference.GetCanonicalIdAsync("customer", "erp", "P-7")).Should().BeNull();
    }

    [Fact]
    public async Task ResolveOrCreate_AlsoCreatedByWithoutMatch_CreatesIdThatTheAuthorityLinksTo()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var shop = await hub.CrossReference.ResolveOrCreateAsync("customer", "shop", "C-9", IdentityHarness.Email("new@example.com"));
        var crm = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "77", IdentityHarness.Email("new@example.com"));

        shop.Status.Should().Be(ResolveStatus.Created);
        crm.Should().Be(new ResolveResult(ResolveStatus.Linked, shop.CanonicalId));
        (await hub.CrossReference.GetLinksAsync("customer", shop.CanonicalId!)).Should().BeEquivalentTo([new SystemLink("shop", "C-9"), new SystemLink("crm", "77")]);
    }

    [Fact]
    public async Task FindByMatchKey_OrderNumberOfALinkedOrder_FindsItsIdAndLinksNothing()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var order = await hub.CrossReference.ResolveOrCreateAsync("order", "shop", "820982911946154508", new Dictionary<string, string?> { ["orderNumber"] = "#1001" });

        var found = await hub.CrossReference.FindByMatchKeyAsync("order", "orderNumber", " #1001 ");
        var unknown = await hub.CrossReference.FindByMatchKeyAsync("order", "orderNumber", "#1002");
        var blank = await hub.CrossReference.FindByMatchKeyAsync("order", "orderNumber", "  ");

        found.Should().Be(order.CanonicalId);
        unknown.Should().BeNull();
        blank.Should().BeNull();
        (await hub.CrossReference.GetLinksAsync("order", order.CanonicalId!)).Should().Equal([new SystemLink("shop", "820982911946154508")], "a lookup is read-only");
        await FluentActions.Awaiting(() => hub.CrossReference.FindByMatchKeyAsync("order", "email", "a@b.c")).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task ResolveOrCreate_NonAuthorityMatchingEmail_LinksToExistingId()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var crm = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "51", IdentityHarness.Email("Jane@Example.com"));

        var erp = await hub.CrossReference.ResolveOrCreateAsync("customer", "erp", "P-7", IdentityHarness.Email("  jane@example.COM "));

        erp.Should().Be(new ResolveResult(ResolveStatus.Linked, crm.CanonicalId));
        (await hub.CrossReference.GetLinksAsync("customer", crm.CanonicalId!)).Should().Equal(new SystemLink("crm", "51"), new SystemLink("erp", "P-7"));
    }

    [Fact]
    public async Task ResolveOrCreate_MatchingTwoCanonicalIds_SaysMergeNeededWithOldestAsSurvivor()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var older = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", IdentityHarness.Email("jane@example.com"));
        var newer = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "2", new Dictionary<string, string?> { ["vatId"] = "GB123456789" });

        var result = await hub.CrossReference.ResolveOrCreateAsync("customer", "accounting", "A-9",
            new Dictionary<string, string?> { ["email"] = "jane@example.com", ["vatId"] = "gb 123 456 789" });

        result.Status.Should().Be(ResolveStatus.MergeNeeded);
        result.Survivor.Should().Be(older.CanonicalId);
        result.Losers.Should().Equal(newer.CanonicalId);
        result.CanonicalId.Should().Be(older.CanonicalId, "the record is linked to the survivor meanwhile");
    }

    [Fact]
    public async Task ResolveOrCreate_AuthorityDuplicateOfItsOwnRecord_CreatesAndSaysMergeNeeded()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var first = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", IdentityHarness.Email("jane@example.com"));

        var second = await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "2", IdentityHarness.Email("jane@example.com"));

        second.Status.Should().Be(ResolveStatus.MergeNeeded);
        second.Survivor.Should().Be(first.CanonicalId);
        second.Losers.Should().Equal(second.CanonicalId);
    }

    [Fact]
    public async Task MergeAsync_Loser_RepointsLinksAndMatchKeysAndGivesCustomerMerged()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var survivor = (await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", IdentityHarness.Email("jane@example.com"))).CanonicalId!;
        var loser = (await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "2", new Dictionary<string, string?> { ["vatId"] = "DE123456789" })).CanonicalId!;
        await hub.CrossReference.ResolveOrCreateAsync("customer", "erp", "P-2", new Dictionary<string, string?> { ["vatId"] = "DE123456789" });

        var merge = await hub.CrossReference.MergeAsync("customer", survivor, [loser], "same VAT id and e-mail");

        merge.MergedIds.Should().Equal(loser);
        merge.MovedLinks.Should().BeEquivalentTo([new SystemLink("crm", "2"), new SystemLink("erp", "P-2")]);
        (await hub.CrossReference.GetCanonicalIdAsync("customer", "erp", "P-2")).Should().Be(survivor);
        (await hub.CrossReference.GetLinksAsync("customer", survivor)).Should().HaveCount(3);
        (await hub.CrossReference.GetLinksAsync("customer", loser)).Should().BeEmpty();
        (await hub.CrossReference.FindSurvivorAsync("customer", loser)).Should().Be(survivor);
        var viaVat = await hub.CrossReference.ResolveOrCreateAsync("customer", "accounting", "A-1", new Dictionary<string, string?> { ["vatId"] = "DE123456789" });
        viaVat.Should().Be(new ResolveResult(ResolveStatus.Linked, survivor));

        var retried = await hub.CrossReference.MergeAsync("customer", survivor, [loser], "same VAT id and e-mail");
        retried.MergedIds.Should().Equal(loser);
        retried.MovedLinks.Should().BeEmpty();

        var evt = CustomerMergedFactory.Create(merge, "hub", survivor, "corr-1", Guid.NewGuid(), hub.Time.GetUtcNow());
        evt.Envelope.EntityId.Should().Be(survivor);
        evt.SurvivingCustomerId.Should().Be(survivor);
        evt.MergedCustomerIds.Should().Equal(loser);
        evt.Reason.Should().Be("same VAT id and e-mail");
    }

    [Fact]
    public async Task MergeAsync_UnknownSurvivor_Fails()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var act = () => hub.CrossReference.MergeAsync("customer", "no-such-id", ["other"]);

        await act.Should().ThrowAsync<StackExchange.Redis.RedisServerException>().WithMessage("*not a live canonical id*");
    }

    [Fact]
    public async Task FindMergeSurvivor_IdNeverCreated_IsNullSoNoMergeIsAttempted()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var known = (await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", IdentityHarness.Email("jane@example.com"))).CanonicalId!;

        (await hub.CrossReference.FindMergeSurvivorAsync("customer", Guid.NewGuid().ToString("D"))).Should().BeNull();
        (await hub.CrossReference.FindMergeSurvivorAsync("customer", known)).Should().Be(known);
    }

    [Fact]
    public async Task FindMergeSurvivor_MergedAwayId_IsItsLiveSurvivor()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var survivor = (await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", IdentityHarness.Email("jane@example.com"))).CanonicalId!;
        var loser = (await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "2", IdentityHarness.Email("john@example.com"))).CanonicalId!;
        await hub.CrossReference.MergeAsync("customer", survivor, [loser]);

        var found = await hub.CrossReference.FindMergeSurvivorAsync("customer", loser);

        found.Should().Be(survivor);
        (await hub.CrossReference.MergeAsync("customer", found!, [Guid.NewGuid().ToString("D")])).MergedIds.Should().BeEmpty();
    }

    [Fact]
    public async Task ResolveOrCreate_TwentyConcurrentCallsForOneRecord_GiveOneCanonicalId()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return await hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "77", IdentityHarness.Email("race@example.com"));
        })).ToList();
        start.Set();
        var results = await Eventually.WithinAsync(Task.WhenAll(tasks), "20 concurrent resolves");

        results.Select(r => r.CanonicalId).Distinct().Should().ContainSingle();
        results.Count(r => r.Status == ResolveStatus.Created).Should().Be(1);
        results.Count(r => r.Status == ResolveStatus.Existing).Should().Be(19);
    }

    [Fact]
    public async Task ResolveOrCreate_UnknownMatchKey_Throws()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        var act = () => hub.CrossReference.ResolveOrCreateAsync("customer", "crm", "1", new Dictionary<string, string?> { ["mail"] = "x@example.com" });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*'mail' is not a match key of customer*");
    }
}
