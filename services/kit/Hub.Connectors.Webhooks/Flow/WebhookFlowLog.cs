using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Webhooks;

internal static partial class WebhookFlowLog
{
    public const string Category = "Hub.Connectors.Webhooks.WebhookFlow";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} webhook ({Entity}) refused: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string source, string entity, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} webhook ({Entity}) is not a payload of the vendor's: {Reason}")]
    public static partial void Malformed(ILogger logger, string source, string entity, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} webhook ({Entity}) not processed now, answered 503 so the sender retries: {Reason}")]
    public static partial void Deferred(ILogger logger, string source, string entity, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Source} webhook ({Entity}) failed; answered 503 so the sender retries")]
    public static partial void Failed(ILogger logger, Exception exception, string source, string entity);
}
