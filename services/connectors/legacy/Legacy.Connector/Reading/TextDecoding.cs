using System.Text;

namespace Legacy.Connector.Reading;

/// <summary>Decodes an export strictly: bytes that are not valid in the configured encoding make the file unreadable instead of turning into '?'.</summary>
internal static class TextDecoding
{
    static TextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] content, string encodingName)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException ex)
        {
            throw new FileUnreadableException($"unknown encoding '{encodingName}'", ex);
        }

        var preamble = encoding.GetPreamble();
        var start = 0;
        if (content.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) && encoding.CodePage == Encoding.UTF8.CodePage)
        {
            start = 3;
        }
        else if (preamble.Length > 0 && content.AsSpan().StartsWith(preamble))
        {
            start = preamble.Length;
        }

        try
        {
            return encoding.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FileUnreadableException($"not valid {encodingName} text at byte {ex.Index + start}", ex);
        }
    }
}
