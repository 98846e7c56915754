using System.Collections.Concurrent;

namespace Hub.Secrets;

/// <summary>
/// Remembers every value the providers handed out, so error text that might echo one (a store's error message, a
/// connection string in an exception) can be scrubbed before it reaches an exception message or a log.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>Shorter values would mask ordinary words; such secrets are too weak to be worth hiding anyway.</summary>
    private const int MinimumLength = 4;

    private readonly ConcurrentDictionary<string, byte> _values = new(StringComparer.Ordinal);

    public void Remember(string value)
    {
        if (value.Length >= MinimumLength)
        {
            _values.TryAdd(value, 0);
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Longest first, so a value containing another is masked whole.
        foreach (var value in _values.Keys.OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
