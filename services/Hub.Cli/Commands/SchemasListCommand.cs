using System.CommandLine;
using System.Globalization;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Commands;

public static class SchemasListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "Every subject in the registry with its versions and compatibility level");
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var registry = context.Registry;
        var rows = new List<object>();
        var table = CliOutput.NewTable("subject", "versions", "latest", "schema id", "compatibility");
        foreach (var subject in (await registry.GetSubjectsAsync(cancellationToken)).Order(StringComparer.Ordinal))
        {
            var versions = await registry.GetSubjectVersionsAsync(subject, cancellationToken);
            var latest = await registry.GetLatestSchemaAsync(subject, cancellationToken);
            string level;
            try
            {
                level = await registry.GetCompatibilityAsync(subject, cancellationToken);
            }
            catch (Hub.Serialization.Avro.Registry.SchemaRegistryException ex) when (ex.IsNotFound)
            {
                level = "(global)";
            }

            rows.Add(new { subject, versions, latest = latest.Version, id = latest.Id, compatibility = level });
            CliOutput.AddRow(table, subject, string.Join(",", versions), latest.Version.ToString(CultureInfo.InvariantCulture), latest.Id.ToString(CultureInfo.InvariantCulture), level);
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { registry = context.Settings.RegistryUrl, subjects = rows });
        }
        else
        {
            context.Output.Write(table);
            context.Output.Line($"{rows.Count} subject(s) in {context.Settings.RegistryUrl ?? "http://127.0.0.1:8081"}.");
        }

        return ExitCodes.Ok;
    }
}
