using Hub.Identity;

namespace Hub.Cli.Revert;

/// <summary>One record whose fields a revert puts back, with the journal entries it undoes.</summary>
public sealed record PlannedRecord(string EntityType, string CanonicalId, string RecordId, IReadOnlyList<RevertField> Fields, IReadOnlyList<string> EntryIds);
