using Hub.Messaging.TestApp;

namespace Hub.Reliability.IntegrationTests.Support;

/// <summary>Test events spread over keys, each key's sequence numbers ascending, as the scenarios publish them.</summary>
public static class Events
{
    public static List<TestEvent> Spread(int count, int keys, int firstSequence = 0) =>
        Enumerable.Range(firstSequence, count).Select(i => TestEvent.Create($"key-{i % keys}", i / keys)).ToList();

    public static List<string> Ids(this IEnumerable<TestEvent> events) => events.Select(e => e.EventId).ToList();
}
