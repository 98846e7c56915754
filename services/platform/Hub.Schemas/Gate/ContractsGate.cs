namespace Hub.Schemas.Gate;

/// <summary>
/// Checks every versioned event schema below a contracts folder: names follow <c>&lt;Event&gt;.v&lt;N&gt;.avsc</c>,
/// every file parses, versions run v1..vN without gaps, each version is compatible with all earlier versions of
/// its event under the configured level, and (given the committed state) no committed version was edited in a way
/// that changes how it reads or writes.
/// </summary>
public sealed class ContractsGate(ICommittedContracts? committed = null)
{
    /// <param name="contractsDirectory">The folder, as it should appear in messages (e.g. <c>contracts/avro</c>).</param>
    /// <param name="settings">The level and subjects; read from <see cref="GateSettings.FileName"/> in the folder when null.</param>
    /// <exception cref="GateInputException">The folder or the level file is missing or unreadable.</exception>
    public GateReport Check(string contractsDirectory, GateSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(contractsDirectory);
        var display = contractsDirectory.Replace('\\', '/').TrimEnd('/');
        var (files, badNames) = ContractFileDiscovery.Discover(contractsDirectory);
        settings ??= GateSettings.Load(contractsDirectory);

        var findings = new List<GateFinding>();
        var notes = new List<string>();
        findings.AddRange(badNames.Select(name => new GateFinding(
            GateFindingKind.BadFileName,
            $"{display}/{name}",
            $"{display}/{name} is not named <Event>.v<N>.avsc (N = 1, 2, ...); event schemas must be, and shared types belong in {ContractFileDiscovery.SharedTypesFolder}/.",
            [])));

        var parsed = new Dictionary<ContractFile, AvroSchemaDocument>();
        foreach (var file in files)
        {
            try
            {
                parsed[file] = AvroSchemaDocument.Parse(File.ReadAllText(file.FullPath));
            }
            catch (InvalidSchemaException e)
            {
                findings.Add(new GateFinding(GateFindingKind.InvalidSchema, Show(display, file), $"{Show(display, file)} ({file.Label}) does not parse: {e.Message}", []));
            }
        }

        var events = files.GroupBy(f => f.EventName, StringComparer.Ordinal).ToList();
        foreach (var history in events)
        {
            findings.AddRange(CheckHistory(display, history.ToList(), parsed, settings.Level));
        }

        if (committed is not null)
        {
            var published = new PublishedVersionCheck(committed, display);
            foreach (var (file, document) in parsed)
            {
                var (finding, note) = published.Check(file, document);
                findings.AddRange(finding is null ? [] : [finding]);
                notes.AddRange(note is null ? [] : [note]);
            }
        }

        var latest = events
            .Select(e => e.MaxBy(f => f.Version)!)
            .Where(parsed.ContainsKey)
            .Select(f => (f, parsed[f]))
            .ToList();
        return new GateReport(display, settings, files.Count, events.Count, findings.OrderBy(f => f.Kind).ToList(), notes, latest);
    }

    private static IEnumerable<GateFinding> CheckHistory(
        string display, IReadOnlyList<ContractFile> history, IReadOnlyDictionary<ContractFile, AvroSchemaDocument> parsed, CompatibilityLevel level)
    {
        var name = history[0].EventName;
        var versions = history.Select(f => f.Version).ToList();
        var duplicates = history.GroupBy(f => f.Version).Where(g => g.Count() > 1).ToList();
        foreach (var duplicate in duplicates)
        {
            var paths = string.Join(" and ", duplicate.Select(f => Show(display, f)));
            yield return new GateFinding(GateFindingKind.VersionGap, Show(display, duplicate.First()), $"{name} v{duplicate.Key} exists twice: {paths}.", []);
        }

        var missing = Enumerable.Range(1, versions.Max()).Except(versions).ToList();
        if (missing.Count > 0)
        {
            var have = string.Join(", ", versions.Distinct().Select(v => $"v{v}"));
            var lacks = string.Join(", ", missing.Select(v => $"v{v}"));
            yield return new GateFinding(
                GateFindingKind.VersionGap,
                Show(display, history.First(f => f.Version > missing[0])),
                $"{name} has {have} but no {lacks}: versions must run v1, v2, ... without gaps (a version's number is its place in the history).",
                []);
        }

        // A history with a broken file or a duplicate cannot be ordered meaningfully; those findings come first.
        if (duplicates.Count > 0 || history.Any(f => !parsed.ContainsKey(f)))
        {
            yield break;
        }

        for (var i = 1; i < history.Count; i++)
        {
            var file = history[i];
            var earlier = history.Take(i).Select(f => new PreviousSchema($"v{f.Version} ({Show(display, f)})", parsed[f].Schema)).ToList();
            var result = AvroCompatibilityChecker.Instance.Check(level, parsed[file].Schema, earlier);
            if (!result.IsCompatible)
            {
                yield return new GateFinding(
                    GateFindingKind.Incompatible,
                    Show(display, file),
                    $"{Show(display, file)} ({file.Label}) is not {level.ToWireName()} compatible with the earlier versions of {name}.",
                    result.Messages,
                    result.Incompatibilities[0]);
            }
        }
    }

    internal static string Show(string display, ContractFile file) => $"{display}/{file.RelativePath}";
}
