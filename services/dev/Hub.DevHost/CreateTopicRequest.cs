namespace Hub.DevHost;

/// <summary>Body of <c>POST /topics</c>.</summary>
public sealed record CreateTopicRequest(string Name, int Partitions = 1);
