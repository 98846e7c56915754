namespace Hub.Schemas.Gate;

/// <summary>One versioned event schema file, <c>&lt;area&gt;/&lt;Event&gt;.v&lt;N&gt;.avsc</c>.</summary>
/// <param name="RelativePath">Path below the contracts folder, '/'-separated, e.g. <c>customer/CustomerUpserted.v2.avsc</c>.</param>
/// <param name="EventName">The event the file is a version of, e.g. <c>CustomerUpserted</c>.</param>
/// <param name="Version">The N of <c>.vN.avsc</c>.</param>
/// <param name="FullPath">Where the file is on disk.</param>
public sealed record ContractFile(string RelativePath, string EventName, int Version, string FullPath)
{
    public string Label => $"{EventName} v{Version}";
}
