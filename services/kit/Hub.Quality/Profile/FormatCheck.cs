namespace Hub.Quality;

/// <summary>A field's values checked against the format its mapping expects (<see cref="FormatKinds"/>).</summary>
/// <param name="Checked">Records with a value in the field.</param>
/// <param name="NotMatching">Those the mapping's format or validation rule found fault with.</param>
/// <param name="Examples">A few of the values that do not match, as the system holds them.</param>
public sealed record FormatCheck(string Field, string Format, int Checked, int NotMatching, IReadOnlyList<string> Examples);
