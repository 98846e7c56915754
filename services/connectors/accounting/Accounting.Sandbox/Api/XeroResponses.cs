using System.Text.Json;
using System.Text.Json.Nodes;
using Accounting.Sandbox.Ledger;
using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Api;

/// <summary>The bodies Xero answers with: the OK envelope, ValidationException (400) and the plain errors.</summary>
public static class XeroResponses
{
    public static StoredResponse Ok(string collection, IEnumerable<object> items, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["Id"] = Guid.NewGuid().ToString(),
            ["Status"] = "OK",
            ["ProviderName"] = "Hub Accounting Sandbox",
            ["DateTimeUTC"] = XeroDate.Timestamp(now),
            [collection] = JsonSerializer.SerializeToNode(items.ToList(), XeroJson.Options),
        };
        return new StoredResponse(StatusCodes.Status200OK, body.ToJsonString(XeroJson.Options));
    }

    /// <summary>
    /// The answer to a batch write. Summarised (Xero's default): 400 ValidationException naming the refused elements
    /// when any was refused. summarizeErrors=false: 200 with every element in request order, each marked
    /// StatusAttributeString OK or ERROR, a refused one with <paramref name="errorFlag"/> true (Xero's invoices say
    /// HasErrors, contacts and payments HasValidationErrors) and its ValidationErrors.
    /// </summary>
    public static StoredResponse Batch(string collection, string errorFlag, IReadOnlyList<ElementResult> results, bool summarizeErrors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!summarizeErrors)
        {
            return Ok(collection, results.Select(r => (object)Marked(r, errorFlag)), now);
        }

        return results.Any(r => r.Rejected) ? Validation(results.Where(r => r.Rejected)) : Ok(collection, results.Select(r => r.Element), now);
    }

    /// <summary>ErrorNumber 10: every refused element echoed with its ValidationErrors.</summary>
    public static StoredResponse Validation(IEnumerable<ElementResult> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements)
        {
            array.Add(WithMessages(element));
        }

        var body = new JsonObject
        {
            ["ErrorNumber"] = 10,
            ["Type"] = "ValidationException",
            ["Message"] = "A validation exception occurred",
            ["Elements"] = array,
        };
        return new StoredResponse(StatusCodes.Status400BadRequest, body.ToJsonString(XeroJson.Options));
    }

    private static JsonObject WithMessages(ElementResult element)
    {
        var node = JsonSerializer.SerializeToNode(element.Element, element.Element.GetType(), XeroJson.Options) as JsonObject ?? [];
        if (element.Rejected)
        {
            node["ValidationErrors"] = new JsonArray([.. element.Messages.Select(m => (JsonNode)new JsonObject { ["Message"] = m })]);
        }

        return node;
    }

    private static JsonObject Marked(ElementResult element, string errorFlag)
    {
        var node = WithMessages(element);
        node[errorFlag] = element.Rejected;
        node["StatusAttributeString"] = element.Rejected ? "ERROR" : "OK";
        return node;
    }

    /// <summary>ErrorNumber 14: the body is not the JSON the endpoint takes.</summary>
    public static StoredResponse PostDataInvalid(string message) => new(
        StatusCodes.Status400BadRequest,
        new JsonObject { ["ErrorNumber"] = 14, ["Type"] = "PostDataInvalidException", ["Message"] = message }.ToJsonString());

    public static IResult ToResult(this StoredResponse response) =>
        Results.Content(response.Body, "application/json", System.Text.Encoding.UTF8, response.Status);

    public static IResult NotFound() =>
        Results.Text("The resource you're looking for cannot be found", "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status404NotFound);
}
