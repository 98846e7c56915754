using Hub.Messaging.Serialization;

namespace Hub.Identity;

/// <summary>JSON for <see cref="RevertRequest"/> on <c>hub.reverts</c>, with the journal's options (the CLI writes them).</summary>
public sealed class RevertRequestJsonSerializer() : JsonEventSerializer<RevertRequest>(WriteJournalJsonSerializer.Options, "revert-request", "a revert request")
{
    public const string Topic = "hub.reverts";
}
