using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Errors;

/// <summary>
/// Unknown exceptions count as transient: a bug that always throws ends in the DLQ after the retry budget,
/// whereas treating an outage as permanent would dead-letter healthy events.
/// </summary>
public sealed class DefaultErrorClassifier : IErrorClassifier
{
    public ErrorKind Classify(Exception exception) => exception switch
    {
        PermanentEventException => ErrorKind.Permanent,
        TransientEventException => ErrorKind.Transient,
        ValidationException or FormatException or InvalidCastException => ErrorKind.Permanent,
        ArgumentException => ErrorKind.Permanent,
        _ => ErrorKind.Transient,
    };
}
