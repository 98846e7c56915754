namespace Hub.Messaging.UnitTests.Support;

public sealed record TestEvent(string EventId, string EntityId, DateTimeOffset OccurredAt) : IIntegrationEvent;
