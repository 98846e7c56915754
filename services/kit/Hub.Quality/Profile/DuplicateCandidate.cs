namespace Hub.Quality;

/// <summary>Records whose match key has the same normalised value: the identity would take them for one customer.</summary>
/// <param name="Key">The match key (<c>email</c>, <c>vatId</c>, <c>phone</c>).</param>
/// <param name="Value">The normalised value they share.</param>
public sealed record DuplicateCandidate(string Key, string Value, IReadOnlyList<string> RecordIds);
