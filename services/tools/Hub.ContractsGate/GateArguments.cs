namespace Hub.ContractsGate;

/// <summary>The gate's command line, parsed by hand: four options do not need a parser library.</summary>
public sealed record GateArguments(string Contracts, Uri? Registry, string GitRevision, bool UseGit)
{
    public const string Usage = """
        usage: Hub.ContractsGate [--contracts <dir>] [--registry <url>] [--git-base <revision>] [--no-git]

          --contracts <dir>       folder with <area>/<Event>.v<N>.avsc and compatibility.json (default: contracts/avro)
          --registry <url>        also check each event's newest version against its subject in a running
                                  Confluent-compatible registry (subjects that do not exist yet are skipped)
          --git-base <revision>   committed state that published versions are compared with (default: HEAD)
          --no-git                skip the comparison with committed versions

        exit codes: 0 compatible, 1 a problem found, 2 bad input or registry unreachable
        """;

    public static bool TryParse(IReadOnlyList<string> args, out GateArguments parsed, out string? error)
    {
        parsed = new GateArguments("contracts/avro", null, "HEAD", UseGit: true);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option == "--no-git")
            {
                parsed = parsed with { UseGit = false };
                continue;
            }

            if (option is not ("--contracts" or "--registry" or "--git-base"))
            {
                error = $"unknown option '{option}'.";
                return false;
            }

            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                error = $"{option} needs a value.";
                return false;
            }

            var value = args[++i];
            if (option == "--registry" && !(Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            {
                error = $"--registry needs an http(s) URL (got '{value}').";
                return false;
            }

            parsed = option switch
            {
                "--contracts" => parsed with { Contracts = value },
                "--registry" => parsed with { Registry = new Uri(value) },
                _ => parsed with { GitRevision = value },
            };
        }

        return true;
    }
}
