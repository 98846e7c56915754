using System.CommandLine;
using Hub.DevStack;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Infrastructure;

/// <summary>
/// Where Kafka, Redis and the registry are. Each comes from its option, else the standard configuration variable
/// (Kafka__BootstrapServers, Redis__Configuration, SchemaRegistry__Url, Redis__KeyPrefix), else the dev stack's
/// .devstack/stack.json, so the CLI works against <c>./build.sh up</c> without flags.
/// </summary>
public sealed record ConnectionSettings
{
    public string? BootstrapServers { get; init; }

    public string? Redis { get; init; }

    public string? RegistryUrl { get; init; }

    public string RedisPrefix { get; init; } = "hub";

    /// <summary>Must equal the connectors' Redis:DedupTtl: it decides which dedup bucket holds a marker.</summary>
    public TimeSpan DedupTtl { get; init; } = TimeSpan.FromDays(14);

    public string? TopicsFile { get; init; }

    /// <summary>The dev host's control API; topics are created through it on the embedded mock cluster.</summary>
    public Uri? ControlUrl { get; init; }

    public bool Embedded { get; init; }

    /// <summary>Where the endpoints came from, shown when something is unreachable.</summary>
    public string Source { get; init; } = "options";

    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

    public static async Task<ConnectionSettings> ResolveAsync(ParseResult parse, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var stackPath = parse.GetValue(GlobalOptions.StackFile) ?? FindStackFile(Directory.GetCurrentDirectory());
        DevStackState? stack = null;
        if (stackPath is not null)
        {
            try
            {
                stack = await DevStackStateFile.ReadAsync(stackPath, cancellationToken);
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw CliException.BadInput($"{stackPath} is not a dev stack state file: {ex.Message}");
            }

            if (stack is null && parse.GetValue(GlobalOptions.StackFile) is not null)
            {
                throw CliException.BadInput($"--stack-file: {stackPath} does not exist.");
            }
        }

        var bootstrap = First(parse.GetValue(GlobalOptions.Bootstrap), configuration["Kafka:BootstrapServers"], stack?.BootstrapServers);
        var redis = First(parse.GetValue(GlobalOptions.Redis), configuration["Redis:Configuration"], stack?.RedisEndpoint);
        var ttl = configuration["Redis:DedupTtl"] is { Length: > 0 } configured && TimeSpan.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : TimeSpan.FromDays(14);
        var fromStack = stack is not null
            && parse.GetValue(GlobalOptions.Bootstrap) is null && configuration["Kafka:BootstrapServers"] is null;
        return new ConnectionSettings
        {
            BootstrapServers = bootstrap,
            Redis = redis,
            RegistryUrl = First(parse.GetValue(GlobalOptions.Registry), configuration["SchemaRegistry:Url"]),
            RedisPrefix = First(parse.GetValue(GlobalOptions.RedisPrefix), configuration["Redis:KeyPrefix"]) ?? "hub",
            DedupTtl = ttl,
            TopicsFile = stack?.TopicsFile,
            ControlUrl = fromStack ? stack!.ControlUrl : null,
            Embedded = fromStack && stack!.Embedded,
            Source = stack is null ? "options and environment" : $"options, environment and {stackPath}",
            Configuration = configuration,
        };
    }

    public string RequireBootstrap() => BootstrapServers
        ?? throw CliException.BadInput("No Kafka cluster given: pass --bootstrap, set Kafka__BootstrapServers, or start the dev stack with ./build.sh up.");

    public string RequireRedis() => Redis
        ?? throw CliException.BadInput("No Redis given: pass --redis, set Redis__Configuration, or start the dev stack with ./build.sh up.");

    /// <summary>Walks up from <paramref name="start"/> looking for .devstack/stack.json.</summary>
    public static string? FindStackFile(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DevStackStateFile.DefaultDirectoryName, DevStackStateFile.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
