using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Hub.Mapping;

/// <summary>
/// Parses local date-times written in a source time zone and outputs a UTC <see cref="DateTimeOffset"/> (instant)
/// or a <see cref="DateOnly"/> (date). DST gaps and overlaps get an explicit policy rather than NodaTime's lenient
/// resolver, because "02:30 on the spring-forward night" is a data error more often than not.
/// </summary>
public sealed class DateFormatRule(
    IReadOnlyList<string> patterns,
    DateTimeZone? zone,
    DateOutput output,
    AmbiguousTimePolicy ambiguous,
    SkippedTimePolicy skipped) : FormatRule
{
    public const string Iso = "iso";
    public const string UnixMilliseconds = "unix-ms";

    public override string Type => "date";

    public IReadOnlyList<string> Patterns { get; } = patterns;

    public DateTimeZone? Zone { get; } = zone;

    public DateOutput Output { get; } = output;

    public override string Describe() =>
        $"date `{string.Join("` or `", Patterns)}`{(Zone is null ? "" : $" in {Zone.Id}")} → {(Output == DateOutput.Instant ? "UTC instant" : "ISO date")}" +
        $" (DST overlap: {ambiguous.ToString().ToLowerInvariant()}, gap: {(skipped == SkippedTimePolicy.ShiftForward ? "shift forward" : "reject")})";

    internal override bool TryApply(object value, FieldContext ctx, out object? result)
    {
        result = null;
        if (value is DateOnly given && Output == DateOutput.Date)
        {
            result = given;
            return true;
        }

        if (value is DateTimeOffset dto)
        {
            result = Emit(Instant.FromDateTimeOffset(dto));
            return true;
        }

        var text = RecordPath.Text(value)?.Trim() ?? "";
        foreach (var pattern in Patterns)
        {
            var parsed = Parse(pattern, text, ctx);
            if (parsed.Rejected)
            {
                return false;
            }

            if (parsed.Instant is { } instant)
            {
                result = Emit(instant);
                return true;
            }

            if (parsed.Date is { } date)
            {
                if (Output == DateOutput.Date)
                {
                    result = date.ToDateOnly();
                    return true;
                }

                var midnight = ToInstant(date.AtMidnight(), ctx);
                result = midnight is null ? null : Emit(midnight.Value);
                return midnight is not null;
            }
        }

        return ctx.Reject(Type, $"'{text}' does not match `{string.Join("` or `", Patterns)}`");
    }

    private object Emit(Instant instant) => Output == DateOutput.Instant
        ? instant.ToDateTimeOffset()
        : instant.InZone(Zone ?? DateTimeZone.Utc).Date.ToDateOnly();

    private Parsed Parse(string pattern, string text, FieldContext ctx)
    {
        switch (pattern)
        {
            case UnixMilliseconds:
                return long.TryParse(text, out var ms) ? new(Instant.FromUnixTimeMilliseconds(ms), null, false) : default;
            case Iso:
                var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
                return offset.Success ? new(offset.Value.ToInstant(), null, false) : default;
        }

        var local = LocalDateTimePattern.CreateWithInvariantCulture(pattern).Parse(text);
        if (!local.Success)
        {
            return default;
        }

        if (!PatternHasTime(pattern))
        {
            return new(null, local.Value.Date, false);
        }

        var instant = ToInstant(local.Value, ctx);
        return new(instant, null, instant is null);
    }

    private Instant? ToInstant(LocalDateTime local, FieldContext ctx)
    {
        var zone = Zone ?? DateTimeZone.Utc;
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                return mapping.Single().ToInstant();
            case 2 when ambiguous == AmbiguousTimePolicy.Reject:
                ctx.Reject(Type, $"{local:uuuu-MM-dd HH:mm} happens twice in {zone.Id} (clocks go back) and the policy is reject");
                return null;
            case 2:
                return (ambiguous == AmbiguousTimePolicy.Earlier ? mapping.First() : mapping.Last()).ToInstant();
            default:
                if (skipped == SkippedTimePolicy.Reject)
                {
                    ctx.Reject(Type, $"{local:uuuu-MM-dd HH:mm} does not exist in {zone.Id} (clocks go forward) and the policy is reject");
                    return null;
                }

                return Resolvers.LenientResolver(mapping).ToInstant();
        }
    }

    private readonly record struct Parsed(Instant? Instant, LocalDate? Date, bool Rejected);

    internal static bool PatternHasTime(string pattern) =>
        pattern is Iso or UnixMilliseconds || pattern.IndexOfAny(['H', 'h', 'm', 's']) >= 0;
}
