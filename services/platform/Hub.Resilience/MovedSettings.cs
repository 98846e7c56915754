using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Resilience;

public static class MovedSettings
{
    /// <summary>
    /// Fails validation when <paramref name="sectionPath"/> still sets a key that moved into a <c>Resilience</c>
    /// pipeline (<paramref name="moved"/>: old key → new place), naming where each went. Reads
    /// <paramref name="configuration"/>, else the container's.
    /// </summary>
    public static OptionsBuilder<TOptions> RefuseMovedKeys<TOptions>(this OptionsBuilder<TOptions> builder, string sectionPath, IReadOnlyDictionary<string, string> moved, IConfiguration? configuration = null)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(moved);
        var message = $"{sectionPath}: {string.Join(", ", moved.Select(m => $"{m.Key} moved to {m.Value}"))} (docs/reliability.md, \"Resilience pipelines\").";
        return builder.Validate<IServiceProvider>(
            (_, services) => (configuration ?? services.GetService<IConfiguration>()) is not { } settings
                || !moved.Keys.Any(key => settings.GetSection(sectionPath)[key] is not null),
            message);
    }
}
