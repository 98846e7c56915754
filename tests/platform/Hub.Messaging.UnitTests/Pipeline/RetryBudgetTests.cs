using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class RetryBudgetTests
{
    [Fact]
    public void TryWithdraw_NoDeposits_AllowsTheReserveOfTen()
    {
        var budget = new RetryBudget(0.2);

        Withdrawals(budget).Should().Be(10);
    }

    [Fact]
    public void Deposit_FractionalRatio_CreditAccumulatesToWholeRetries()
    {
        var budget = new RetryBudget(0.5);
        Withdrawals(budget);

        budget.Deposit();
        var afterOne = budget.TryWithdraw();
        budget.Deposit();
        var afterTwo = budget.TryWithdraw();

        afterOne.Should().BeFalse("half a retry is not a retry");
        afterTwo.Should().BeTrue();
        budget.TryWithdraw().Should().BeFalse();
    }

    [Fact]
    public void Deposit_ZeroRatio_NothingEarned()
    {
        var budget = new RetryBudget(0);
        Withdrawals(budget);

        for (var i = 0; i < 1000; i++)
        {
            budget.Deposit();
        }

        budget.TryWithdraw().Should().BeFalse();
    }

    [Fact]
    public void Deposit_ManyDeposits_BalanceCappedAtHundred()
    {
        var budget = new RetryBudget(10);

        for (var i = 0; i < 50; i++)
        {
            budget.Deposit();
        }

        Withdrawals(budget).Should().Be(100);
    }

    [Fact]
    public void TryWithdraw_ConcurrentCallers_NeverExceedTheBalance()
    {
        var budget = new RetryBudget(0);
        var granted = 0;

        Parallel.For(0, 1000, _ =>
        {
            if (budget.TryWithdraw())
            {
                Interlocked.Increment(ref granted);
            }
        });

        granted.Should().Be(10);
    }

    private static int Withdrawals(RetryBudget budget)
    {
        var count = 0;
        while (budget.TryWithdraw())
        {
            count++;
        }

        return count;
    }
}
