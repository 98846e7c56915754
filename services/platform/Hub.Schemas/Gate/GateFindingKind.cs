namespace Hub.Schemas.Gate;

/// <summary>
/// What the contracts gate found wrong; every kind fails the gate. Reports list findings in this order so the likely
/// root cause comes first: an in-place edit of v1 also makes v2 look incompatible.
/// </summary>
public enum GateFindingKind
{
    /// <summary>An .avsc outside common/ whose name is not <c>&lt;Event&gt;.v&lt;N&gt;.avsc</c>.</summary>
    BadFileName,

    /// <summary>The file is not valid JSON or not a valid Avro schema.</summary>
    InvalidSchema,

    /// <summary>A version that is already committed was edited in place and no longer reads and writes like its committed self.</summary>
    PublishedVersionChanged,

    /// <summary>The versions of an event do not run v1, v2, ... without gaps, or one version exists twice.</summary>
    VersionGap,

    /// <summary>A version is not compatible with the earlier versions under the configured level.</summary>
    Incompatible,

    /// <summary>The registry refused the newest version for the event's subject.</summary>
    RegistryIncompatible,
}
