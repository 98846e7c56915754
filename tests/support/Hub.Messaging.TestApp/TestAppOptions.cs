namespace Hub.Messaging.TestApp;

public sealed class TestAppOptions
{
    public const string SectionName = "TestApp";

    /// <summary>Prefix of the Redis keys where the handler records what it did; one per test.</summary>
    public string Namespace { get; set; } = "testapp";

    /// <summary>Slows the handler down so a test can kill the process in the middle of a batch.</summary>
    public int HandlerDelayMs { get; set; }
}
