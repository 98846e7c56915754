using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

public static class SubjectNames
{
    public static string For(SubjectNameStrategy strategy, SerializationContext context, string? recordFullName) => strategy switch
    {
        SubjectNameStrategy.Topic => $"{context.Topic}-{(context.IsKey ? "key" : "value")}",
        SubjectNameStrategy.Record => RequireRecord(recordFullName, strategy),
        SubjectNameStrategy.TopicRecord => $"{context.Topic}-{RequireRecord(recordFullName, strategy)}",
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown subject name strategy."),
    };

    private static string RequireRecord(string? recordFullName, SubjectNameStrategy strategy) =>
        string.IsNullOrEmpty(recordFullName)
            ? throw new ArgumentException($"{strategy} subject naming needs a named record schema.", nameof(recordFullName))
            : recordFullName;
}
