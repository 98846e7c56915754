using System.CommandLine;
using Hub.Cli.Audit;
using Hub.Cli.Output;
using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Infrastructure;

/// <summary>One command's view of the world: its output, settings, and Kafka/Redis/registry clients made on first use.</summary>
public sealed class CliContext : IAsyncDisposable
{
    private readonly Lazy<RedisAccess> _redis;
    private readonly Lazy<KafkaAccess> _kafka;
    private readonly Lazy<CachedSchemaRegistryClient> _registry;

    public CliContext(ParseResult parse, CliOutput output, ConnectionSettings settings, IReadOnlyList<string> arguments)
    {
        Parse = parse;
        Output = output;
        Settings = settings;
        Arguments = arguments;
        Timeout = TimeExpression.ParseDuration(parse.GetValue(GlobalOptions.Timeout), "--timeout");
        Who = parse.GetValue(GlobalOptions.As) is { Length: > 0 } who ? who : Environment.UserName;
        _redis = new(() => new RedisAccess(settings, Timeout));
        _kafka = new(() => new KafkaAccess(settings, Timeout));
        _registry = new(() =>
        {
            var options = new SchemaRegistryOptions();
            settings.Configuration.GetSection(SchemaRegistryOptions.SectionName).Bind(options);
            options.Url = settings.RegistryUrl ?? "http://127.0.0.1:8081";
            options.RequestTimeout = Timeout;
            return SchemaRegistryClients.Create(options);
        });
        Audit = new AuditLog(this);
    }

    public ParseResult Parse { get; }

    public CliOutput Output { get; }

    public ConnectionSettings Settings { get; }

    /// <summary>The command line as typed, for the audit record.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public TimeSpan Timeout { get; }

    public string Who { get; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public DateTimeOffset Now => Time.GetUtcNow();

    public RedisAccess Redis => _redis.Value;

    public KafkaAccess Kafka => _kafka.Value;

    public bool HasRegistry => Settings.RegistryUrl is not null;

    public ISchemaRegistryClient Registry => _registry.Value;

    public AuditLog Audit { get; }

    public async ValueTask DisposeAsync()
    {
        if (_kafka.IsValueCreated)
        {
            _kafka.Value.Dispose();
        }

        if (_redis.IsValueCreated)
        {
            await _redis.Value.DisposeAsync();
        }

        if (_registry.IsValueCreated)
        {
            _registry.Value.Dispose();
        }
    }
}
