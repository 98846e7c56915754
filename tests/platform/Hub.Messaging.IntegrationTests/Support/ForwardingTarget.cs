namespace Hub.Messaging.IntegrationTests.Support;

public sealed record ForwardingTarget(string Topic);
