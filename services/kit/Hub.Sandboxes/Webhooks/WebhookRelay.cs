namespace Hub.Sandboxes;

/// <summary>
/// A webhook for the sandbox to sign and send once, as <c>POST /_sandbox/webhook-relay</c> takes it: where to
/// (<see cref="Url"/>, absolute), the vendor's headers as captured (signature headers are dropped and signed afresh)
/// and the UTF-8 body.
/// </summary>
public sealed record WebhookRelay(Uri Url, IReadOnlyDictionary<string, string>? Headers, string Body);
