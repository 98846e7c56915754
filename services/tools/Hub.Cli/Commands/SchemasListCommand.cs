using System.CommandLine;
using System.Globalization;
using System.Net;
using Confluent.SchemaRegistry;
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
        foreach (var subject in (await registry.GetAllSubjectsAsync().WaitAsync(cancellationToken)).Order(StringComparer.Ordinal))
        {
            var versions = await registry.GetSubjectVersionsAsync(subject).WaitAsync(cancellationToken);
            var latest = await registry.GetLatestSchemaAsync(subject).WaitAsync(cancellationToken);
            string level;
            try
            {
                level = CompatibilityNames.ToRegistryName(await registry.GetCompatibilityAsync(subject).WaitAsync(cancellationToken));
            }
            catch (SchemaRegistryException ex) when (ex.Status == HttpStatusCode.NotFound)
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
