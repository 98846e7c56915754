namespace Hub.Connectors.Hosting.Capture;

public enum CaptureSink
{
    /// <summary>The <c>hub.capture</c> topic, keyed by connector: every instance's traffic in one place.</summary>
    Topic,

    /// <summary>JSON lines under <see cref="CaptureOptions.Folder"/>, one file per connector and day.</summary>
    File,
}

/// <summary>
/// Traffic capture ("Capture" section), off by default: switched on per connector with <c>Capture__Enabled=true</c>.
/// Secrets are always redacted (credential values, authorization and signature headers, secret-named fields);
/// <see cref="RedactFields"/> names the personal fields to redact as well.
/// </summary>
public sealed class CaptureOptions
{
    public const string SectionName = "Capture";

    public bool Enabled { get; set; }

    public CaptureSink Sink { get; set; } = CaptureSink.Topic;

    /// <summary>Where <see cref="CaptureSink.File"/> writes (relative to the working directory).</summary>
    public string Folder { get; set; } = "captures";

    /// <summary>Exchanges waiting to be written; beyond it new ones are dropped (and counted) rather than waited for.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Bodies larger than this are not kept (noted with their size).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Personal fields redacted in JSON and form bodies and in query strings, by name (case, '_' and '-' ignored).
    /// Setting the list replaces the default.
    /// </summary>
    public string[] RedactFields { get; set; } =
    [
        "email", "emailAddress", "phone", "phoneNumber", "mobile", "mobilePhone", "firstName", "lastName", "givenName",
        "familyName", "addressLine1", "addressLine2", "street", "street2", "taxNumber", "vat", "vatId", "dateOfBirth",
    ];

    /// <summary>
    /// Also redact e-mail addresses and international phone numbers (+ and a country code) wherever they stand, not
    /// only in fields named as personal: search filters carry them as plain values.
    /// </summary>
    public bool RedactPatterns { get; set; } = true;

    /// <summary>Headers redacted besides the built-in ones (authorization, cookies, API keys, webhook signatures).</summary>
    public string[] RedactHeaders { get; set; } = [];

    /// <summary>Keep bodies that are neither JSON nor form data (CSV, XML, text) as they are; off: only their size is noted.</summary>
    public bool KeepOtherBodies { get; set; }
}
