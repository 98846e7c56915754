using System.Globalization;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Domain;

/// <summary>A version path segment: a positive number, or "latest" (also -1, as Confluent accepts).</summary>
internal readonly record struct VersionSpec(int? Number)
{
    public bool IsLatest => Number is null;

    /// <exception cref="RegistryException">42202 for anything else.</exception>
    public static VersionSpec Parse(string text)
    {
        if (string.Equals(text, "latest", StringComparison.OrdinalIgnoreCase) || text == "-1")
        {
            return new VersionSpec(null);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return new VersionSpec(number);
        }

        throw RegistryErrors.InvalidVersion(text);
    }

    /// <summary>Finds the version among the subject's versions, with Confluent's 40401/40402 when missing.</summary>
    public StoredSchema Resolve(RegistryState state, string subject, bool includeDeleted)
    {
        var versions = state.Versions(subject, includeDeleted);
        if (versions.Count == 0)
        {
            throw RegistryErrors.SubjectNotFound(subject);
        }

        if (IsLatest)
        {
            return versions[^1];
        }

        var number = Number!.Value;
        return versions.FirstOrDefault(v => v.Version == number) ?? throw RegistryErrors.VersionNotFound(number);
    }
}
