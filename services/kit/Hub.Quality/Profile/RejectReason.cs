namespace Hub.Quality;

/// <summary>One reason the mapping would reject records: a rule on a field, how many records, and one message as an example.</summary>
public sealed record RejectReason(string Field, string Rule, int Records, string Example);
