namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>One delivery of the test vendor's payload: <c>{"id": "d1", "subject": "s1", "action": "publish"}</c>.</summary>
internal sealed record TestItem(string Id, string Subject, string Action);
