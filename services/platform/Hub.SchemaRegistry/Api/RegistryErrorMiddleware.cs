using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Api;

/// <summary>Turns exceptions into Confluent's error bodies so clients see error codes, never HTML or stack traces.</summary>
internal sealed class RegistryErrorMiddleware(RequestDelegate next, ILogger<RegistryErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        RegistryException error;
        try
        {
            await next(context);
            return;
        }
        catch (RegistryException e)
        {
            error = e;
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError("Schema store unavailable: {Reason}", e.Message);
            error = RegistryErrors.StoreUnavailable(e.Message);
        }
        catch (StoreTimeoutException e)
        {
            logger.LogError("Schema store timeout: {Reason}", e.Message);
            error = RegistryErrors.StoreTimeout(e.Message);
        }
        catch (BadHttpRequestException e)
        {
            error = RegistryErrors.BadRequest(e.Message);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Unhandled error serving {Method} {Path}", context.Request.Method, context.Request.Path);
            error = RegistryErrors.StoreError(e.Message);
        }

        if (!context.Response.HasStarted)
        {
            await RegistryResults.WriteErrorAsync(context, error);
        }
    }
}
