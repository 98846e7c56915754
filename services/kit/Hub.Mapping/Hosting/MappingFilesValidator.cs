using Microsoft.Extensions.Options;

namespace Hub.Mapping;

/// <summary>
/// Loads the mapping files while options are validated, so with <c>ValidateOnStart</c> a bad mapping stops the
/// host before it consumes anything, with every problem in one message.
/// </summary>
internal sealed class MappingFilesValidator : IValidateOptions<MappingOptions>
{
    public ValidateOptionsResult Validate(string? name, MappingOptions options)
    {
        var directory = Path.GetFullPath(options.Directory, AppContext.BaseDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            return ValidateOptionsResult.Fail($"Mapping:Directory '{directory}' does not exist.");
        }

        try
        {
            MappingLoader.LoadDirectory(directory);
            return ValidateOptionsResult.Success;
        }
        catch (MappingValidationException ex)
        {
            return ValidateOptionsResult.Fail(ex.Problems.Select(p => p.ToString()));
        }
    }
}
