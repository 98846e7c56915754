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

    /// <summary>ErrorNumber 10: every refused element echoed with its ValidationErrors.</summary>
    public static StoredResponse Validation(IEnumerable<ElementErrors> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements)
        {
            var node = JsonSerializer.SerializeToNode(element.Element, element.Element.GetType(), XeroJson.Options) as JsonObject ?? [];
            node["ValidationErrors"] = new JsonArray([.. element.Messages.Select(m => (JsonNode)new JsonObject { ["Message"] = m })]);
            array.Add(node);
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

    /// <summary>ErrorNumber 14: the body is not the JSON the endpoint takes.</summary>
    public static StoredResponse PostDataInvalid(string message) => new(
        StatusCodes.Status400BadRequest,
        new JsonObject { ["ErrorNumber"] = 14, ["Type"] = "PostDataInvalidException", ["Message"] = message }.ToJsonString());

    public static IResult ToResult(this StoredResponse response) =>
        Results.Content(response.Body, "application/json", System.Text.Encoding.UTF8, response.Status);

    public static IResult NotFound() =>
        Results.Text("The resource you're looking for cannot be found", "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status404NotFound);
}
