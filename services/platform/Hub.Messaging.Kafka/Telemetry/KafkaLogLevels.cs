using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Telemetry;

internal static class KafkaLogLevels
{
    public static LogLevel From(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
        SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
