using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Mapping;

public static class MappingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MappingCatalog"/> from the "Mapping" section's folder (relative paths are resolved
    /// against the app's base directory). The files are validated at start-up.
    /// </summary>
    public static IServiceCollection AddMappings(this IServiceCollection services)
    {
        services.AddOptions<MappingOptions>()
            .BindConfiguration(MappingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MappingOptions>, MappingFilesValidator>());
        services.TryAddSingleton(sp => MappingCatalog.LoadDirectory(
            Path.GetFullPath(sp.GetRequiredService<IOptions<MappingOptions>>().Value.Directory, AppContext.BaseDirectory)));
        return services;
    }
}
