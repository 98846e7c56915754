using System.ComponentModel.DataAnnotations;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.UnitTests.Support;
using Polly.CircuitBreaker;

namespace Hub.Messaging.UnitTests.Pipeline;

/// <summary>The pipeline is exercised through HandlerInvoker, exactly as the subscription workers use it.</summary>
public sealed class HandlerResiliencePipelineTests
{
    // Long enough that a retry which should not happen leaves the call waiting on the fake clock, so it shows up as a timeout.
    private static readonly TimeSpan NeverElapses = TimeSpan.FromHours(1);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    public async Task Pipeline_TransientErrors_RetriedInProcessAttemptsTimes(int inProcessAttempts, int expectedCalls)
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = inProcessAttempts);
        harness.Handler.FailAlways("e1", () => new TransientEventException("down"));

        var result = await harness.InvokeAsync("e1");

        harness.Handler.CallsFor("e1").Should().Be(expectedCalls);
        result.Succeeded.Should().BeFalse();
        result.Attempts.Should().Be(expectedCalls);
    }

    [Fact]
    public async Task Pipeline_TransientErrorThenSuccess_StopsRetryingAfterSuccess()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 5);
        harness.Handler.FailTimes("e1", 2, () => new TimeoutException("slow"));

        var result = await harness.InvokeAsync("e1");

        result.Succeeded.Should().BeTrue();
        harness.Handler.CallsFor("e1").Should().Be(3);
    }

    public static TheoryData<Exception> PermanentErrors => new()
    {
        new PermanentEventException("rejected", "no"),
        new ArgumentException("bad argument"),
        new FormatException("bad format"),
        new ValidationException("invalid"),
    };

    [Theory]
    [MemberData(nameof(PermanentErrors))]
    public async Task Pipeline_PermanentError_NotRetried(Exception error)
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 3;
            o.Retry.InProcessBaseDelay = NeverElapses;
        });
        harness.Handler.FailAlways("e1", () => error);

        var result = await harness.InvokeAsync("e1").WaitAsync(Deadline);

        harness.Handler.CallsFor("e1").Should().Be(1);
        result.Kind.Should().Be(ErrorKind.Permanent);
    }

    [Fact]
    public async Task Pipeline_RetryAfterLongerThanInProcessMaxDelay_NotRetried()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 3;
            o.Retry.InProcessMaxDelay = TimeSpan.FromSeconds(2);
        });
        harness.Handler.FailAlways("e1", () => new TransientEventException("throttled") { RetryAfter = TimeSpan.FromSeconds(30) });

        var result = await harness.InvokeAsync("e1").WaitAsync(Deadline);

        harness.Handler.CallsFor("e1").Should().Be(1, "the retry topic waits that long without blocking the partition");
        result.Kind.Should().Be(ErrorKind.Transient);
    }

    [Fact]
    public async Task Pipeline_RetryAfterWithinInProcessMaxDelay_RetriedAfterThatDelay()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 3;
            o.Retry.InProcessMaxDelay = TimeSpan.FromSeconds(2);
        });
        harness.Handler.FailTimes("e1", 1, () => new TransientEventException("throttled") { RetryAfter = TimeSpan.FromSeconds(1) });

        var call = harness.InvokeAsync("e1");
        harness.Time.Advance(TimeSpan.FromMilliseconds(999));
        var earlyCalls = harness.Handler.CallsFor("e1");
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await call.WaitAsync(Deadline);

        earlyCalls.Should().Be(1, "the retry waits for the Retry-After");
        result.Succeeded.Should().BeTrue();
        harness.Handler.CallsFor("e1").Should().Be(2);
    }

    [Fact]
    public async Task Pipeline_RetryBudgetSpent_FailureNotRetried()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 3;
            o.Retry.InProcessBaseDelay = NeverElapses;
        });
        while (harness.Budget.TryWithdraw())
        {
        }

        harness.Handler.FailAlways("e1", () => new TransientEventException("down"));

        var result = await harness.InvokeAsync("e1").WaitAsync(Deadline);

        harness.Handler.CallsFor("e1").Should().Be(1);
        result.Kind.Should().Be(ErrorKind.Transient);
    }

    [Fact]
    public async Task Pipeline_RetryBudgetRunsOutDuringRetries_StopsAtTheBudget()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.InProcessAttempts = 20;
            o.Retry.BudgetRatio = 0;
            o.CircuitBreaker.Enabled = false;
        });
        harness.Handler.FailEverything(() => new TransientEventException("down"));

        await harness.InvokeAsync("e1");
        await harness.InvokeAsync("e2");

        harness.Handler.CallsFor("e1").Should().Be(11, "the reserve allows ten retries when no first attempts earn more");
        harness.Handler.CallsFor("e2").Should().Be(1, "the budget is spent");
    }

    [Fact]
    public void Pipeline_CircuitBreakerEnabled_ReportsClosed()
    {
        using var harness = new PipelineHarness();

        harness.Circuits.Snapshot.Should().Contain("orders-sub", "closed");
    }

    [Fact]
    public void Pipeline_CircuitBreakerDisabled_ReportsNothing()
    {
        using var harness = new PipelineHarness(o => o.CircuitBreaker.Enabled = false);

        harness.Circuits.Snapshot.Should().NotContainKey("orders-sub");
    }

    [Fact]
    public async Task Pipeline_FailureRatioReached_CircuitOpensAndRejectsCalls()
    {
        using var harness = new PipelineHarness(OpensAfterTwoFailures);
        harness.Handler.FailEverything(() => new TransientEventException("down"));

        await harness.InvokeAsync("e1");
        harness.Circuits.Snapshot["orders-sub"].Should().Be("closed", "one call is below the minimum throughput");
        await harness.InvokeAsync("e2");
        var rejected = await harness.InvokeAsync("e3");

        harness.Circuits.Snapshot["orders-sub"].Should().Be("open");
        harness.Handler.CallsFor("e3").Should().Be(0, "an open circuit keeps calls away from the failing system");
        rejected.Error.Should().BeOfType<BrokenCircuitException>();
        rejected.Kind.Should().Be(ErrorKind.Transient, "an open circuit parks the event for a later retry");
    }

    [Fact]
    public async Task Pipeline_FailureRatioNotReached_CircuitStaysClosed()
    {
        using var harness = new PipelineHarness(o =>
        {
            OpensAfterTwoFailures(o);
            o.CircuitBreaker.FailureRatio = 0.75;
        });
        harness.Handler.FailAlways("bad", () => new TransientEventException("down"));

        await harness.InvokeAsync("bad");
        await harness.InvokeAsync("good");
        var third = await harness.InvokeAsync("good-too");

        harness.Circuits.Snapshot["orders-sub"].Should().Be("closed");
        third.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Pipeline_PermanentErrors_DoNotOpenCircuit()
    {
        using var harness = new PipelineHarness(OpensAfterTwoFailures);
        harness.Handler.FailEverything(() => new PermanentEventException("rejected", "no"));

        for (var i = 0; i < 5; i++)
        {
            await harness.InvokeAsync($"e{i}");
        }

        harness.Circuits.Snapshot["orders-sub"].Should().Be("closed", "bad data says nothing about the target's health");
        harness.Handler.Calls.Should().HaveCount(5);
    }

    [Fact]
    public async Task Pipeline_CircuitOpen_BrokenCircuitNotRetried()
    {
        using var harness = new PipelineHarness(o =>
        {
            OpensAfterTwoFailures(o);
            o.Retry.InProcessAttempts = 3;
            o.Retry.InProcessBaseDelay = NeverElapses;
            o.Retry.InProcessMaxDelay = NeverElapses;
        });
        // Failures with a long Retry-After are not retried in process, so they open the circuit without waiting.
        harness.Handler.FailEverything(() => new TransientEventException("throttled") { RetryAfter = TimeSpan.FromDays(2) });
        await harness.InvokeAsync("e1").WaitAsync(Deadline);
        await harness.InvokeAsync("e2").WaitAsync(Deadline);
        harness.Circuits.Snapshot["orders-sub"].Should().Be("open");

        var rejected = await harness.InvokeAsync("e3").WaitAsync(Deadline);

        rejected.Error.Should().BeOfType<BrokenCircuitException>();
        rejected.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Pipeline_BreakDurationElapsed_HalfOpensAndClosesOnSuccess()
    {
        using var harness = new PipelineHarness(OpensAfterTwoFailures);
        harness.Handler.FailAlways("e1", () => new TransientEventException("down"));
        harness.Handler.FailAlways("e2", () => new TransientEventException("down"));
        await harness.InvokeAsync("e1");
        await harness.InvokeAsync("e2");

        harness.Time.Advance(harness.Options.CircuitBreaker.BreakDuration + TimeSpan.FromSeconds(1));
        var probe = await harness.InvokeAsync("e3");

        probe.Succeeded.Should().BeTrue();
        harness.Circuits.Snapshot["orders-sub"].Should().Be("closed");
    }

    private static void OpensAfterTwoFailures(SubscriptionOptions options)
    {
        options.Retry.InProcessAttempts = 0;
        options.CircuitBreaker.MinimumThroughput = 2;
        options.CircuitBreaker.FailureRatio = 0.5;
    }
}
