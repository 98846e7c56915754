namespace Hub.Messaging.UnitTests.Support;

/// <summary>Records every call and fails the events it was told to fail, a given number of times or always.</summary>
public sealed class ScriptedHandler : IEventHandler<TestEvent>
{
    private readonly Lock _gate = new();
    private readonly List<(TestEvent Event, EventContext Context)> _calls = [];
    private readonly Dictionary<string, (int Remaining, Func<Exception> Error)> _failures = new(StringComparer.Ordinal);
    private Func<Exception>? _failEverything;

    public IReadOnlyList<(TestEvent Event, EventContext Context)> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToList();
            }
        }
    }

    public int CallsFor(string eventId) => Calls.Count(c => c.Event.EventId == eventId);

    public ScriptedHandler FailAlways(string eventId, Func<Exception> error) => FailTimes(eventId, int.MaxValue, error);

    public ScriptedHandler FailTimes(string eventId, int times, Func<Exception> error)
    {
        lock (_gate)
        {
            _failures[eventId] = (times, error);
        }

        return this;
    }

    public ScriptedHandler FailEverything(Func<Exception> error)
    {
        _failEverything = error;
        return this;
    }

    public Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        lock (_gate)
        {
            _calls.Add((@event, context));
            if (_failures.TryGetValue(@event.EventId, out var rule) && rule.Remaining > 0)
            {
                _failures[@event.EventId] = (rule.Remaining == int.MaxValue ? int.MaxValue : rule.Remaining - 1, rule.Error);
                failure = rule.Error();
            }
            else if (_failEverything is not null)
            {
                failure = _failEverything();
            }
        }

        if (failure is not null)
        {
            throw failure;
        }

        return Task.CompletedTask;
    }
}
