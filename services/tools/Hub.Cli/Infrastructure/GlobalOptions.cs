using System.CommandLine;

namespace Hub.Cli.Infrastructure;

/// <summary>Options every command accepts (they are recursive, so they may follow the subcommand).</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Bootstrap = new("--bootstrap")
    {
        Description = "Kafka bootstrap servers (default: Kafka__BootstrapServers, then .devstack/stack.json)",
        Recursive = true,
    };

    public static readonly Option<string?> Redis = new("--redis")
    {
        Description = "StackExchange.Redis configuration (default: Redis__Configuration, then .devstack/stack.json)",
        Recursive = true,
    };

    public static readonly Option<string?> Registry = new("--registry")
    {
        Description = "Schema registry URL (default: SchemaRegistry__Url, then http://127.0.0.1:8081 when decoding needs it)",
        Recursive = true,
    };

    public static readonly Option<string?> RedisPrefix = new("--redis-prefix")
    {
        Description = "Prefix of the platform's Redis keys (default: Redis__KeyPrefix, then 'hub')",
        Recursive = true,
    };

    public static readonly Option<string?> StackFile = new("--stack-file")
    {
        Description = "The dev stack's state file (default: .devstack/stack.json in this or a parent directory)",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Output = new("--output", "-o")
    {
        Description = "table for people, json for scripts, markdown for a report (hub quality)",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };

    public static readonly Option<string?> As = new("--as")
    {
        Description = "Who is acting, for the audit log (default: the OS user)",
        Recursive = true,
    };

    public static readonly Option<string> Timeout = new("--timeout")
    {
        Description = "How long to wait for Kafka, Redis or the registry to answer before exit code 3",
        DefaultValueFactory = _ => "15s",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [Bootstrap, Redis, Registry, RedisPrefix, StackFile, Output, As, Timeout];
}
