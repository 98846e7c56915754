using Microsoft.Extensions.Options;

namespace Hub.Resilience;

/// <summary>
/// Refuses to start with a subsection of <c>Resilience</c> that names no pipeline: a misspelt name would otherwise
/// leave the pipeline on its defaults without a word. The names are the same in every service, whichever pipelines
/// it uses, so one shared configuration file fits all.
/// </summary>
public sealed class ResilienceSectionValidator : IValidateOptions<ResilienceSection>
{
    public ValidateOptionsResult Validate(string? name, ResilienceSection options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var unknown = options.Names.Where(n => !ResiliencePipelineNames.All.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(unknown.Select(n =>
                $"{ResiliencePipelineNames.SectionOf(n)} names no resilience pipeline; the pipelines are {string.Join(", ", ResiliencePipelineNames.All)} (docs/reliability.md, \"Resilience pipelines\")."));
    }
}
