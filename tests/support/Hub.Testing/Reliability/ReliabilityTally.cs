using Hub.Testing.Messaging;

namespace Hub.Testing.Reliability;

/// <summary>Counts a scenario's outcome from what the target applied and what reached the dead-letter topic.</summary>
public static class ReliabilityTally
{
    /// <param name="mustApply">Ids of the events that must each be applied exactly once.</param>
    /// <param name="appliedIds">Ids as the target applied them, one entry per application.</param>
    public static ReliabilityResult Count(
        string scenario,
        int sent,
        IReadOnlyCollection<string> mustApply,
        IReadOnlyList<string> appliedIds,
        long redeliveredToHandler,
        int deadLettered,
        int expectedDeadLetters,
        TimeSpan? recovery,
        string note = "")
    {
        var distinct = appliedIds.ToHashSet();
        return new ReliabilityResult(
            scenario,
            sent,
            distinct.Count,
            appliedIds.Count - distinct.Count,
            redeliveredToHandler,
            mustApply.Count(id => !distinct.Contains(id)),
            deadLettered,
            expectedDeadLetters,
            recovery,
            note);
    }

    /// <summary>The same count for a scenario whose handler is the TestApp's recording handler.</summary>
    public static async Task<ReliabilityResult> CountAsync(Scenario scenario, string name, int sent, IReadOnlyCollection<string> mustApply, int expectedDeadLetters, TimeSpan? recovery, string note = "")
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // Applied entries are "entity:sequence:eventId"; event ids are GUIDs, so the id is what follows the last colon.
        var applied = (await scenario.AppliedAsync()).Select(a => a[(a.LastIndexOf(':') + 1)..]).ToList();
        var redelivered = await scenario.RejectedDuplicatesAsync();
        var deadLettered = (int)TopicCounter.Count(scenario.Stack, scenario.DeadLetterTopic);
        return Count(name, sent, mustApply, applied, redelivered, deadLettered, expectedDeadLetters, recovery, note);
    }
}
