namespace Hub.Serialization.Avro;

/// <summary>How a serializer names the registry subject of a value, as Confluent's serializers do.</summary>
public enum SubjectNameStrategy
{
    /// <summary><c>&lt;topic&gt;-value</c> (or <c>-key</c>): one event type per topic, the platform default.</summary>
    Topic,

    /// <summary>The record's full name: several event types share a topic and each evolves on its own.</summary>
    Record,

    /// <summary><c>&lt;topic&gt;-&lt;record full name&gt;</c>: like <see cref="Record"/>, but scoped to one topic.</summary>
    TopicRecord,
}
