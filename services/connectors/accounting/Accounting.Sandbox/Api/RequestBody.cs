using System.Text.Json;
using Accounting.Sandbox.Ledger;

namespace Accounting.Sandbox.Api;

/// <summary>Reads a Xero request body; a body that is not the expected JSON is answered like Xero (400, ErrorNumber 14).</summary>
public static class RequestBody
{
    public static async Task<(T? Body, StoredResponse? Refusal)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, XeroJson.Options, request.HttpContext.RequestAborted);
            return body is null ? (null, XeroResponses.PostDataInvalid("The request body is empty.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, XeroResponses.PostDataInvalid($"JSON for post data was invalid, {e.Message}"));
        }
    }

    public static string? IdempotencyKey(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        return key.Length == 0 ? null : key;
    }
}
