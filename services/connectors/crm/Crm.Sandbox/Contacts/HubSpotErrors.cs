namespace Crm.Sandbox.Contacts;

/// <summary>Error answers in HubSpot's shape: { status: "error", message, correlationId, category }.</summary>
public static class HubSpotErrors
{
    public static IResult NotFound(string message = "resource not found") => Error(StatusCodes.Status404NotFound, message, "OBJECT_NOT_FOUND");

    public static IResult Conflict(string existingId) =>
        Error(StatusCodes.Status409Conflict, $"Contact already exists. Existing ID: {existingId}", "CONFLICT");

    public static IResult Validation(string message) => Error(StatusCodes.Status400BadRequest, message, "VALIDATION_ERROR");

    public static IResult Unauthorized() => Error(
        StatusCodes.Status401Unauthorized,
        "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
        "INVALID_AUTHENTICATION");

    private static IResult Error(int status, string message, string category) =>
        Results.Json(new { status = "error", message, correlationId = Guid.NewGuid(), category }, statusCode: status);
}
