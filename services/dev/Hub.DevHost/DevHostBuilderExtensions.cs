using System.Net;
using System.Text.Json.Serialization;

namespace Hub.DevHost;

public static class DevHostBuilderExtensions
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--topics"] = $"{DevHostOptions.SectionName}:{nameof(DevHostOptions.TopicsPath)}",
        ["--state-dir"] = $"{DevHostOptions.SectionName}:{nameof(DevHostOptions.StateDirectory)}",
        ["--brokers"] = $"{DevHostOptions.SectionName}:{nameof(DevHostOptions.Brokers)}",
        ["--control-port"] = $"{DevHostOptions.SectionName}:{nameof(DevHostOptions.ControlPort)}",
    };

    public static WebApplicationBuilder AddDevHost(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, Switches);
        builder.Services.AddOptions<DevHostOptions>()
            .BindConfiguration(DevHostOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // The platform-wide keys every service reads; set means "use that server instead of starting one".
                options.KafkaBootstrapServers ??= configuration["Kafka:BootstrapServers"];
                options.RedisConfiguration ??= configuration["Redis:Configuration"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Loopback only: the control API can take the whole stack down and has no authentication.
        var port = builder.Configuration.GetValue<int?>($"{DevHostOptions.SectionName}:{nameof(DevHostOptions.ControlPort)}") ?? 0;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RunningStack>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RunningStack>());
        return builder;
    }
}
