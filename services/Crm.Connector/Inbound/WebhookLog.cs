namespace Crm.Connector.Inbound;

internal static partial class WebhookLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "HubSpot webhook refused: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HubSpot webhook is not a JSON event array: {Reason}")]
    public static partial void Malformed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HubSpot webhook not processed now, the CRM will retry: {Reason}")]
    public static partial void Deferred(ILogger logger, string reason);
}
