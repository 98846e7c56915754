namespace Hub.Sandboxes;

public static class SandboxPaths
{
    /// <summary>Control endpoints of every sandbox (faults, request log, webhook statistics); never faulted.</summary>
    public const string Control = "/_sandbox";
    public const string Faults = Control + "/faults";
    public const string Requests = Control + "/requests";
    public const string Webhooks = Control + "/webhooks";
    public const string WebhookTarget = Control + "/webhook-target";
    public const string WebhookRelay = Control + "/webhook-relay";
}
