using Hub.Connectors.Webhooks.UnitTests.Support;
using static Hub.Connectors.Webhooks.UnitTests.Support.FlowHarness;

namespace Hub.Connectors.Webhooks.UnitTests;

public sealed class WebhookFlowTests : IDisposable
{
    private readonly FlowHarness _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task ReceiveAsync_VerificationFails_Answers401AndNothingIsClaimedHandledOrQuarantined()
    {
        var answer = await _flow.PostAsync(Items(("d1", "s1", "reject")), signature: "forged");

        (answer.StatusCode, answer.Error).Should().Be((401, "X-Test-Signature does not match the body"));
        _flow.Receipts.States.Should().BeEmpty();
        _flow.Handler.Calls.Should().BeEmpty();
        _flow.DeadLetters.Published.Should().BeEmpty();
        _flow.Counts.Counts.Should().Equal(new Dictionary<string, long> { ["thing/unauthorized"] = 1 });
    }

    [Fact]
    public async Task ReceiveAsync_BodyLargerThanTheLimit_Answers413BeforeVerifying()
    {
        var answer = await _flow.PostAsync(new byte[RawBody.DefaultMaxBytes + 1]);

        answer.StatusCode.Should().Be(413);
        _flow.Handler.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task ReceiveAsync_UnparsablePayload_Answers400WithTheParsersReasonAndClaimsNothing()
    {
        var answer = await _flow.PostAsync("""[{"id": "d1", """);

        answer.StatusCode.Should().Be(400);
        answer.Error.Should().StartWith("not a test payload:");
        _flow.Receipts.States.Should().BeEmpty("a retry of a corrected payload must not meet a claim");
        _flow.Handler.Calls.Should().BeEmpty();
        _flow.DeadLetters.Published.Should().BeEmpty("the sender sees its mistake in the answer");
        _flow.Counts.Counts.Should().Equal(new Dictionary<string, long> { ["thing/rejected"] = 1 });
    }

    [Fact]
    public async Task ReceiveAsync_DeliveryReplayed_HandledOnceAndTheReplayAcknowledgedAsDuplicate()
    {
        var body = Items(("d1", "s1", "publish"));

        var first = await _flow.PostAsync(body);
        var replay = await _flow.PostAsync(body);

        first.StatusCode.Should().Be(200);
        first.Outcomes.Should().Equal(new Dictionary<string, int> { ["published"] = 1 });
        replay.StatusCode.Should().Be(200);
        replay.Outcomes.Should().Equal(new Dictionary<string, int> { ["duplicate"] = 1 });
        _flow.Handler.Calls.Should().ContainSingle();
        _flow.Counts.Counts.Should().Equal(new Dictionary<string, long> { ["thing/published"] = 1, ["thing/duplicate"] = 1 });
    }

    [Fact]
    public async Task ReceiveAsync_DeliveryHeldByAnotherRequest_Answers503WithTheClaimsRetryAfterAndReleasesItsOwn()
    {
        _flow.Receipts.HeldElsewhere("d2");

        var answer = await _flow.PostAsync(Items(("d1", "s1", "publish"), ("d2", "s2", "publish")));

        (answer.StatusCode, answer.RetryAfter).Should().Be((503, TimeSpan.FromSeconds(3)));
        answer.Error.Should().Contain("being processed by another request");
        _flow.Receipts.Released.Should().Equal("d1");
        _flow.Handler.Calls.Should().BeEmpty();
        _flow.Counts.Counts.Should().Equal(new Dictionary<string, long> { ["thing/busy"] = 1 });
    }

    [Fact]
    public async Task ReceiveAsync_ItemRejected_QuarantinedOnceWithItsReasonAndAcknowledged()
    {
        var body = Items(("d1", "s1", "reject"));

        var answer = await _flow.PostAsync(body);
        var retry = await _flow.PostAsync(body);

        answer.StatusCode.Should().Be(200, "the sender's retries would fail the same way");
        answer.Outcomes.Should().Equal(new Dictionary<string, int> { ["rejected"] = 1 });
        answer.Reasons.Should().Equal("s1: record rejected: name [required]");
        retry.Outcomes.Should().Equal(new Dictionary<string, int> { ["duplicate"] = 1 });
        var letter = _flow.DeadLetters.Published.Should().ContainSingle().Subject;
        (letter.Topic, letter.Key, letter.EventType, letter.EventId).Should().Be((QuarantineTopic, "s1", "test.thing", "event-d1"));
        (letter.Source, letter.ConsumerGroup).Should().Be(("webhook:/webhooks/test", $"{_flow.ConnectorName}.inbound"));
        letter.Error.ReasonCode.Should().Be("mapping-rejected");
        _flow.Counts.Counts.Should().Contain("thing/rejected", 1);
        _flow.QuarantineReasons.Counts.Should().Equal(new Dictionary<string, long> { ["test.thing/mapping-rejected"] = 1 }, "a rejection that is no mapping reject is labelled by its reason code, once for the one quarantined record");
    }

    [Fact]
    public async Task ReceiveAsync_HandlerThrowsTransient_Answers503WithItsRetryAfterAndTheRetryIsHandled()
    {
        _flow.Handler.Failures = 1;
        var body = Items(("d1", "s1", "throw-transient"));

        var answer = await _flow.PostAsync(body);
        var retry = await _flow.PostAsync(body);

        (answer.StatusCode, answer.RetryAfter).Should().Be((503, TimeSpan.FromSeconds(30)));
        answer.Error.Should().Be("could not process the webhook now; retry later");
        retry.Outcomes.Should().Equal(new Dictionary<string, int> { ["published"] = 1 });
        _flow.Handler.Calls.Should().HaveCount(2, "the failed delivery's claim was released for the retry");
        _flow.Counts.Counts.Should().Contain("thing/deferred", 1).And.Contain("thing/published", 1);
    }

    [Theory]
    [InlineData("throw-publish")]
    [InlineData("throw-timeout")]
    [InlineData("throw")]
    public async Task ReceiveAsync_HandlerFailsOtherwise_Answers503SoTheSenderRetries(string action)
    {
        var answer = await _flow.PostAsync(Items(("d1", "s1", action)));

        (answer.StatusCode, answer.RetryAfter).Should().Be((503, WebhookFlow<TestItem>.RetryAfterOutage));
        _flow.Receipts.States.Should().BeEmpty();
    }

    [Fact]
    public async Task ReceiveAsync_ReceiptsUnreachable_Answers503AndHandlesNothing()
    {
        _flow.Receipts.Unreachable = true;

        var answer = await _flow.PostAsync(Items(("d1", "s1", "publish")));

        (answer.StatusCode, answer.Error).Should().Be((503, "webhook receipts are unreachable; retry later"));
        answer.RetryAfter.Should().Be(WebhookFlow<TestItem>.RetryAfterOutage);
        _flow.Handler.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task ReceiveAsync_QuarantineNotAcknowledged_Answers503AndTheRetryQuarantinesIt()
    {
        _flow.DeadLetters.Refuse = 1;
        var body = Items(("d1", "s1", "reject"));

        var answer = await _flow.PostAsync(body);
        var retry = await _flow.PostAsync(body);

        answer.StatusCode.Should().Be(503);
        retry.Outcomes.Should().Equal(new Dictionary<string, int> { ["rejected"] = 1 });
        _flow.DeadLetters.Published.Should().ContainSingle();
    }

    [Fact]
    public async Task ReceiveAsync_CompletingTheClaimsFails_Answers503AndReleasesThem()
    {
        _flow.Receipts.CompleteFails = true;

        var answer = await _flow.PostAsync(Items(("d1", "s1", "publish")));

        answer.StatusCode.Should().Be(503);
        _flow.Receipts.Released.Should().Equal("d1");
    }

    [Fact]
    public async Task ReceiveAsync_ItemsOfOneSubject_HandledTogetherAndOnlyTheNewOnes()
    {
        await _flow.PostAsync(Items(("a1", "contact-a", "publish")));

        var answer = await _flow.PostAsync(Items(("a1", "contact-a", "publish"), ("b1", "contact-b", "skip"), ("a2", "contact-a", "publish"), ("a3", "contact-a", "publish"), ("a2", "contact-a", "publish")));

        _flow.Handler.Calls.Skip(1).Select(c => string.Join(",", c.Select(i => i.Id))).Should().Equal("b1", "a2,a3");
        answer.Outcomes.Should().Equal(new Dictionary<string, int> { ["skipped"] = 1, ["published"] = 1, ["duplicate"] = 1 });
    }

    [Fact]
    public async Task ReceiveAsync_SenderHungUp_ReleasesTheClaimsAndStops()
    {
        using var hangUp = new CancellationTokenSource();
        _flow.Handler.Sender = hangUp;

        var act = () => _flow.PostAsync(Items(("d1", "s1", "throw-cancelled")), cancellationToken: hangUp.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _flow.Receipts.States.Should().BeEmpty("a claim must never outlive its request");
    }

    [Fact]
    public async Task ReceiveAsync_CaptureOn_RecordsEachDeliveryWithItsAnswerAndWithoutItsSignature()
    {
        _flow.CaptureOptions.Enabled = true;
        var body = Items(("d1", "s1", "publish"));

        await _flow.PostAsync(body);
        await _flow.PostAsync(body, signature: "forged");

        _flow.Captured.Exchanges.Should().HaveCount(2);
        var accepted = _flow.Captured.Exchanges[0];
        accepted.Should().BeEquivalentTo(new { Kind = "webhook", Channel = "test", Connector = _flow.ConnectorName });
        accepted.Request.Target.Should().Be(FlowHarness.Path);
        accepted.Request.Body.Should().Be(body, "a JSON body without personal fields is kept as received");
        accepted.Request.Headers["X-Test-Signature"].Should().Be("good", "only the vendors' signature headers are redacted by default");
        accepted.Response!.Status.Should().Be(200);
        accepted.Response.Body.Should().Be("""{"outcomes":{"published":1}}""", "a replay compares what became of the items");
        _flow.Captured.Exchanges[1].Response!.Should().BeEquivalentTo(new { Status = 401, Body = "X-Test-Signature does not match the body" });
    }

    [Fact]
    public async Task ReceiveAsync_CaptureOff_RecordsNothing()
    {
        await _flow.PostAsync(Items(("d1", "s1", "publish")));

        _flow.Captured.Exchanges.Should().BeEmpty();
    }
}
