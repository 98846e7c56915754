namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Lets in-process retries add at most <c>ratio</c> extra calls per first attempt (plus a small reserve), so a failing
/// downstream system sees its load grow by a bounded factor instead of multiplying by the attempt count.
/// </summary>
public sealed class RetryBudget
{
    private const double Reserve = 10;
    private const double Cap = 100;
    private readonly double _ratio;
    private readonly Lock _gate = new();
    private double _balance = Reserve;

    public RetryBudget(double ratio)
    {
        _ratio = ratio;
    }

    public void Deposit()
    {
        lock (_gate)
        {
            _balance = Math.Min(Cap, _balance + _ratio);
        }
    }

    public bool TryWithdraw()
    {
        lock (_gate)
        {
            if (_balance < 1)
            {
                return false;
            }

            _balance -= 1;
            return true;
        }
    }
}
