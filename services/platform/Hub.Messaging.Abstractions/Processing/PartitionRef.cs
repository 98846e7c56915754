namespace Hub.Messaging.Processing;

public readonly record struct PartitionRef(string Topic, int Partition)
{
    public override string ToString() => $"{Topic}[{Partition}]";
}
