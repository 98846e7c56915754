using System.Security.Cryptography;

namespace Hub.Connectors.Webhooks;

/// <summary>HMAC-SHA256 signatures as webhook senders put them in headers: base64 of the MAC.</summary>
public static class HmacSignature
{
    public static byte[] Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data);

    public static string ComputeBase64(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => Convert.ToBase64String(Compute(key, data));

    /// <summary>
    /// True when <paramref name="providedBase64"/> decodes to exactly <paramref name="expectedMac"/>. The bytes are
    /// compared in constant time, so response timing tells an attacker nothing about how much of a guess was right.
    /// </summary>
    public static bool Matches(ReadOnlySpan<byte> expectedMac, string? providedBase64)
    {
        if (string.IsNullOrWhiteSpace(providedBase64))
        {
            return false;
        }

        Span<byte> provided = stackalloc byte[64];
        if (!Convert.TryFromBase64String(providedBase64.Trim(), provided, out var written))
        {
            return false;
        }

        // FixedTimeEquals returns false at once for different lengths; the length of a MAC is no secret.
        return CryptographicOperations.FixedTimeEquals(expectedMac, provided[..written]);
    }
}
