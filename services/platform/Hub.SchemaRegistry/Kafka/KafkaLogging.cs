using Confluent.Kafka;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>Routes librdkafka's own logging into ILogger instead of stderr.</summary>
internal static class KafkaLogging
{
    public static void Log(ILogger logger, LogMessage message)
    {
        var level = message.Level switch
        {
            // Connection failures arrive here and again through the error handler, which logs them as errors.
            SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Error,
            SyslogLevel.Error or SyslogLevel.Warning => LogLevel.Warning,
            SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        logger.Log(level, "librdkafka {Facility}: {Message}", message.Facility, message.Message);
    }

    public static void Error(ILogger logger, Error error, string bootstrapServers)
    {
        if (error.Code == ErrorCode.Local_AllBrokersDown || error.IsFatal)
        {
            logger.LogError("Kafka at {BootstrapServers} is unreachable or failed: {Reason}", bootstrapServers, error.Reason);
        }
        else
        {
            logger.LogWarning("Kafka client error talking to {BootstrapServers}: {Reason}", bootstrapServers, error.Reason);
        }
    }
}
