using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// A short fingerprint of where an exception came from (type + method frames, no line numbers or messages), so
/// dead letters caused by the same bug group together even when their messages differ.
/// </summary>
public static class StackHash
{
    public static string Of(Exception exception)
    {
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            text.Append(current.GetType().FullName).Append('|');
            foreach (var frame in new StackTrace(current, false).GetFrames())
            {
                var method = frame.GetMethod();
                text.Append(method?.DeclaringType?.FullName).Append('.').Append(method?.Name).Append(';');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
