using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Secrets;

public static class SecretsHostBuilderExtensions
{
    /// <summary>
    /// <see cref="ISecretProvider"/> bound to the "Secrets" section: Dapr's secret store when a sidecar answers,
    /// Secrets:Values:&lt;name&gt; from configuration otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddHubSecrets(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecretsOptions>()
            .BindConfiguration(SecretsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<SecretRedactor>();
        builder.Services.TryAddSingleton<ISecretProvider, SidecarAwareSecretProvider>();
        return builder;
    }
}
