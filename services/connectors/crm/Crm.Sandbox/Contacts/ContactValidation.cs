namespace Crm.Sandbox.Contacts;

/// <summary>The CRM's own checks on written properties; a failure is a 400 VALIDATION_ERROR.</summary>
public static class ContactValidation
{
    public static string? Problem(IReadOnlyDictionary<string, string?> properties)
    {
        var unknown = properties.Keys.Where(k => !ContactProperties.Writable.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            return $"Property values were not valid: property '{string.Join("', '", unknown)}' does not exist or is read-only";
        }

        if (properties.TryGetValue("email", out var email) && !string.IsNullOrEmpty(email) && !LooksLikeEmail(email))
        {
            return $"Property values were not valid: '{email}' is not a valid email address";
        }

        return null;
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 3 && value.IndexOf('.', at) > at + 1 && !value.Any(char.IsWhiteSpace);
    }
}
