using Hub.Connectors.Hosting;

namespace Legacy.Connector.Inbound;

/// <summary>
/// The event id of a row: derived from the file's content hash and the row number, so processing the same file
/// again (after a crash before archiving) publishes the same ids, which consumers' dedup drops.
/// </summary>
public static class RowEventId
{
    public static Guid For(string system, string fileHash, int rowNumber, string eventType) =>
        DeterministicEventId.ForDelivery(system, "file", $"{fileHash}:{rowNumber}", eventType);
}
