namespace Hub.Mapping;

public enum DateOutput
{
    /// <summary>A UTC <see cref="DateTimeOffset"/>.</summary>
    Instant,

    /// <summary>A <see cref="DateOnly"/> (a calendar date, no zone).</summary>
    Date,
}
