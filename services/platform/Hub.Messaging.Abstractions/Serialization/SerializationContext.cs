namespace Hub.Messaging.Serialization;

/// <summary>What a serializer may need to know besides the value: the topic decides the registry subject.</summary>
public readonly record struct SerializationContext(string Topic, bool IsKey = false);
