using Confluent.Kafka;
using Hub.DevStack;
using Hub.Topics;

namespace Hub.DevHost;

/// <summary>The loopback fault-injection API that tests and the CLI drive the embedded cluster through.</summary>
public static class ControlApiEndpoints
{
    public static IEndpointRouteBuilder MapDevHostControlApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (RunningStack running) => Results.Ok(new
        {
            status = "ok",
            embedded = running.Stack.IsEmbedded,
            bootstrapServers = running.Stack.BootstrapServers,
            redis = running.Stack.RedisEndpoint,
        }));

        var faults = app.MapGroup("/faults");
        faults.MapPost("/brokers/{id:int}/down", (int id, RunningStack running) => OnCluster(running, c => c.SetBrokerDown(id)));
        faults.MapPost("/brokers/{id:int}/up", (int id, RunningStack running) => OnCluster(running, c => c.SetBrokerUp(id)));
        faults.MapPost("/brokers/{id:int}/rtt", (int id, int ms, RunningStack running) =>
            OnCluster(running, c => c.SetBrokerRtt(id, TimeSpan.FromMilliseconds(ms))));
        faults.MapPost("/request-errors", (RequestErrorsRequest request, RunningStack running) =>
            OnCluster(running, c => c.PushRequestErrors(request.ApiKey, request.Errors ?? [])));
        faults.MapPost("/clear", (RunningStack running) => OnCluster(running, c => c.ClearFaults()));

        app.MapPost("/topics", async (CreateTopicRequest request, RunningStack running, CancellationToken ct) =>
        {
            try
            {
                // Same rules as the topics file, so a test cannot create what a real cluster would refuse.
                TopicCatalog.FromDeclarations([new TopicDeclaration { Name = request.Name, Partitions = request.Partitions }], "POST /topics");
            }
            catch (TopicCatalogException ex)
            {
                return Results.Problem(string.Join("; ", ex.Errors), statusCode: StatusCodes.Status400BadRequest);
            }

            var created = await running.Stack.CreateTopicAsync(request.Name, request.Partitions, ct);
            return created
                ? Results.Created($"/topics/{request.Name}", request)
                : Results.Ok(new { request.Name, existed = true });
        });

        return app;
    }

    private static IResult OnCluster(RunningStack running, Action<MockKafkaCluster> fault)
    {
        if (running.Stack.Cluster is not { } cluster)
        {
            return Results.Problem(
                "Fault injection needs the embedded mock cluster; this dev host uses a configured Kafka cluster.",
                statusCode: StatusCodes.Status409Conflict);
        }

        try
        {
            fault(cluster);
            return Results.NoContent();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (KafkaException ex)
        {
            return Results.Problem(ex.Error.Reason, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
