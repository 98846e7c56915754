namespace Hub.Quality;

/// <summary>How many records hold a value in a source field (blank: absent, empty or only spaces).</summary>
public sealed record FieldCompleteness(string Field, string From, int Filled, int Blank, double FilledPercent);
