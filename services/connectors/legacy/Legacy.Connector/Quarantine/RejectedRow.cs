using Legacy.Connector.Reading;

namespace Legacy.Connector.Quarantine;

public sealed record RejectedRow(SourceRow Row, string Reason);
