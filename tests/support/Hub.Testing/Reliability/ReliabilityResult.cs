namespace Hub.Testing.Reliability;

/// <summary>
/// What one fault scenario did to the events that went through it. <see cref="RedeliveredToHandler"/> counts calls
/// the target rejected by idempotency key: harmless, but they show how much work a fault causes twice.
/// </summary>
public sealed record ReliabilityResult(
    string Scenario,
    int Sent,
    int Applied,
    int DuplicatesApplied,
    long RedeliveredToHandler,
    int Lost,
    int DeadLettered,
    int ExpectedDeadLetters,
    TimeSpan? Recovery,
    string Note = "")
{
    /// <summary>Nothing lost, nothing applied twice, and exactly the events that had to be dead-lettered were.</summary>
    public bool Passed => Lost == 0 && DuplicatesApplied == 0 && DeadLettered == ExpectedDeadLetters;

    public string Describe() =>
        $"{Scenario}: sent {Sent}, applied {Applied}, duplicates applied {DuplicatesApplied}, redelivered to handler {RedeliveredToHandler}, "
        + $"lost {Lost}, dead-lettered {DeadLettered} (expected {ExpectedDeadLetters}), recovery {ReliabilityTable.Format(Recovery)}";
}
