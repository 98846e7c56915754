namespace Hub.Identity;

public sealed record FieldDecision(string Field, FieldVerdict Verdict, string Reason, object? ProposedValue);
