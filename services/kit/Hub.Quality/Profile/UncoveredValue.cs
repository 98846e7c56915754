namespace Hub.Quality;

/// <summary>A source value a field's value map has no entry for, and how many records hold it.</summary>
/// <param name="Rejects">True when the map's policy rejects such records, false when it uses its default.</param>
public sealed record UncoveredValue(string Field, string Value, int Count, bool Rejects);
