namespace Hub.Cli.Infrastructure;

public enum OutputFormat
{
    Table,
    Json,
}
