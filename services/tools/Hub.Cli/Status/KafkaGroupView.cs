using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Hub.Cli.Status;

/// <summary>
/// What the cluster's group coordinator says of a consumer group (AdminClient DescribeConsumerGroups): its state,
/// the protocol its members joined with (classic or KIP-848 consumer), the assignor and the members. Real clusters
/// answer it; the embedded mock cluster does not (no DescribeGroups), so <c>hub status</c> says so instead.
/// </summary>
public sealed record KafkaGroupView(string State, string Protocol, string? Assignor, IReadOnlyList<string> Members)
{
    public static KafkaGroupView From(ConsumerGroupDescription description) => new(
        description.State.ToString(),
        description.GroupType switch
        {
            ConsumerGroupType.Consumer => "consumer (KIP-848)",
            ConsumerGroupType.Classic => "classic",
            _ => "unknown",
        },
        string.IsNullOrEmpty(description.PartitionAssignor) ? null : description.PartitionAssignor,
        description.Members.Select(m => $"{m.ClientId}@{m.Host.TrimStart('/')}").Order(StringComparer.Ordinal).ToList());

    public string Describe() =>
        $"{State}, {Protocol} protocol{(Assignor is null ? "" : $" ({Assignor})")}, {Members.Count} member(s){(Members.Count == 0 ? "" : $": {string.Join(", ", Members)}")}";
}
