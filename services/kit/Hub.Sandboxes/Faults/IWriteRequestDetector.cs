using Microsoft.AspNetCore.Http;

namespace Hub.Sandboxes;

/// <summary>
/// Tells the fault middleware whether a request writes, for <see cref="FaultMode.BatchWindow"/> (reads still work).
/// The default goes by HTTP method; an RPC-style API that sends reads and writes alike as POST (JSON-RPC, SOAP)
/// registers its own before <see cref="SandboxServiceCollectionExtensions.AddSandbox"/>.
/// </summary>
public interface IWriteRequestDetector
{
    ValueTask<bool> IsWriteAsync(HttpRequest request);
}
