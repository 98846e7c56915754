namespace Hub.Mapping;

/// <summary>A local time that never happens (the hour the clocks go forward).</summary>
public enum SkippedTimePolicy
{
    Reject,

    /// <summary>Move it forward by the length of the gap (NodaTime's lenient resolver).</summary>
    ShiftForward,
}
