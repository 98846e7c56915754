using Hub.Messaging.Errors;
using Hub.Messaging.UnitTests.Support;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class HandlerInvokerTests
{
    [Fact]
    public async Task InvokeAsync_HandlerSucceeds_SuccessAfterOneAttempt()
    {
        using var harness = new PipelineHarness();

        var result = await harness.InvokeAsync("e1");

        result.Succeeded.Should().BeTrue();
        result.Attempts.Should().Be(1);
        result.Error.Should().BeNull();
        result.Kind.Should().BeNull();
    }

    [Fact]
    public async Task InvokeAsync_RetriesExhausted_ReportsAttemptsLastErrorAndKind()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 2);
        var failures = 0;
        harness.Handler.FailAlways("e1", () => new TransientEventException($"failure {++failures}"));

        var result = await harness.InvokeAsync("e1");

        result.Succeeded.Should().BeFalse();
        result.Attempts.Should().Be(3);
        result.Error.Should().BeOfType<TransientEventException>().Which.Message.Should().Be("failure 3");
        result.Kind.Should().Be(ErrorKind.Transient);
    }

    [Fact]
    public async Task InvokeAsync_PermanentError_ReportsPermanentKind()
    {
        using var harness = new PipelineHarness();
        harness.Handler.FailAlways("e1", () => new InvalidCastException("wrong type"));

        var result = await harness.InvokeAsync("e1");

        result.Kind.Should().Be(ErrorKind.Permanent);
        result.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task InvokeAsync_Retries_AttemptNumberInContextGrows()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 3);
        harness.Handler.FailTimes("e1", 3, () => new TransientEventException("down"));

        await harness.InvokeAsync("e1");

        harness.Handler.Calls.Select(c => c.Context.Attempt).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task InvokeAsync_ContextAlreadyRetried_AttemptNumbersContinueFromIt()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 1);
        harness.Handler.FailTimes("e1", 1, () => new TransientEventException("down"));

        var result = await harness.InvokeAsync("e1", attempt: 5);

        harness.Handler.Calls.Select(c => c.Context.Attempt).Should().Equal(5, 6);
        result.Attempts.Should().Be(2, "attempts counts calls made by this invocation");
    }

    [Fact]
    public async Task InvokeAsync_HandlerCancelsOnItsOwn_TreatedAsFailureNotRetried()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 3);
        harness.Handler.FailAlways("e1", () => new TaskCanceledException("HTTP client timeout"));

        var result = await harness.InvokeAsync("e1");

        result.Succeeded.Should().BeFalse();
        result.Error.Should().BeOfType<TaskCanceledException>();
        harness.Handler.CallsFor("e1").Should().Be(1);
    }

    [Fact]
    public async Task InvokeAsync_CallerCancelled_Throws()
    {
        using var harness = new PipelineHarness();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => harness.InvokeAsync("e1", cancellationToken: cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        harness.Handler.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task InvokeAsync_TransientFailuresThenSuccess_SignalsOutageAndRecovery()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 0;
            o.Retry.OutageFailureThreshold = 2;
        });
        harness.Handler.FailAlways("e1", () => new TransientEventException("503")).FailAlways("e2", () => new TransientEventException("503"));

        await harness.InvokeAsync("e1");
        await harness.InvokeAsync("e2");
        harness.Recovery.InOutage.Should().BeTrue();
        var result = await harness.InvokeAsync("e3");

        result.Succeeded.Should().BeTrue();
        harness.Recovery.InOutage.Should().BeFalse();
        harness.Recovery.Generation.Should().Be(1);
    }

    [Fact]
    public async Task InvokeAsync_PermanentFailures_NoOutage()
    {
        using var harness = new PipelineHarness(o => o.Retry.OutageFailureThreshold = 1);
        harness.Handler.FailAlways("e1", () => new PermanentEventException("bad", "refused"));

        await harness.InvokeAsync("e1");

        harness.Recovery.InOutage.Should().BeFalse();
    }
}
