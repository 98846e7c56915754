namespace Hub.Identity;

/// <summary>
/// One field a revert puts back: <see cref="RestoreTo"/> is the value it held before the platform's first write in the
/// window, <see cref="Expected"/> the value the platform's last write in the window left. A connector writes
/// <see cref="RestoreTo"/> only while the field still holds <see cref="Expected"/>: anything else is a person's change.
/// </summary>
public sealed record RevertField(string Field, string? RestoreTo, string? Expected);
