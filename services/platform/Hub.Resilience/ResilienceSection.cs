using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Resilience;

/// <summary>The subsection names found under <c>Resilience</c>, checked on start by <see cref="ResilienceSectionValidator"/>.</summary>
public sealed class ResilienceSection
{
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>
    /// Validates the section now (start-up validation only runs in a host), so a pipeline obtained by name never
    /// starts on a misspelt section.
    /// </summary>
    public static void EnsureValid(IServiceProvider services) => _ = services.GetRequiredService<IOptions<ResilienceSection>>().Value;

    internal void Read(IConfiguration? configuration) =>
        Names = configuration?.GetSection(ResiliencePipelineNames.SectionName).GetChildren().Select(c => c.Key).ToList() ?? [];
}
