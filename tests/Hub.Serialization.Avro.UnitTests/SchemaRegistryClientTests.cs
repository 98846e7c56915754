using System.Net;
using System.Text.Json.Nodes;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro.UnitTests;

public class SchemaRegistryClientTests
{
    private readonly StubRegistryHandler _handler = new();

    [Fact]
    public async Task RegisterSchemaAsync_WithUserInfo_PostsSchemaWithBasicAuth()
    {
        _handler.Then(HttpStatusCode.OK, """{"id":7}""");
        using var client = Client(o => o.BasicAuthUserInfo = "svc:s3cret");

        var id = await client.RegisterSchemaAsync("canonical.order.placed-value", """{"type":"string"}""");

        id.Should().Be(7);
        var (request, body) = _handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri!.ToString().Should().Be("http://registry-a:8081/subjects/canonical.order.placed-value/versions");
        request.Headers.Authorization!.Scheme.Should().Be("Basic");
        request.Headers.Authorization.Parameter.Should().Be(Convert.ToBase64String("svc:s3cret"u8.ToArray()));
        JsonNode.Parse(body!)!["schema"]!.GetValue<string>().Should().Be("""{"type":"string"}""");
    }

    [Fact]
    public async Task GetSchemaByIdAsync_AskedTwice_CallsTheRegistryOnce()
    {
        _handler.Then(HttpStatusCode.OK, """{"schema":"\"string\""}""");
        using var client = Client();

        (await client.GetSchemaByIdAsync(3)).Should().Be("\"string\"");
        (await client.GetSchemaByIdAsync(3)).Should().Be("\"string\"");

        _handler.Requests.Should().ContainSingle().Which.Request.RequestUri!.AbsolutePath.Should().Be("/schemas/ids/3");
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, 40403)]
    [InlineData(HttpStatusCode.NotFound, 40401)]
    [InlineData(HttpStatusCode.Conflict, 409)]
    [InlineData(HttpStatusCode.UnprocessableEntity, 42201)]
    public async Task Request_ClientError_ThrowsWithErrorCodeAndDoesNotRetry(HttpStatusCode status, int errorCode)
    {
        _handler.Then(status, $$"""{"error_code":{{errorCode}},"message":"nope"}""");
        using var client = Client();

        var thrown = await client.Invoking(c => c.GetSchemaByIdAsync(99)).Should().ThrowAsync<SchemaRegistryException>();

        thrown.Which.ErrorCode.Should().Be(errorCode);
        thrown.Which.StatusCode.Should().Be(status);
        thrown.Which.IsTransient.Should().BeFalse();
        _handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Request_ServiceUnavailableThenOk_RetriesAndSucceeds()
    {
        _handler.Then(HttpStatusCode.ServiceUnavailable, """{"error_code":50301,"message":"busy"}""")
            .Then(HttpStatusCode.OK, """{"subject":"s","version":2,"id":5,"schema":"\"int\""}""");
        using var client = Client();

        var latest = await client.GetLatestSchemaAsync("s");

        latest.Should().Be(new RegisteredSchema("s", 2, 5, "\"int\""));
        _handler.Requests.Should().HaveCount(2);
        _handler.Requests.Should().OnlyContain(r => r.Request.RequestUri!.AbsolutePath == "/subjects/s/versions/latest");
    }

    [Fact]
    public async Task Request_FirstUrlUnreachable_FailsOverToTheSecondAndKeepsUsingIt()
    {
        _handler.Fallback = request => request.RequestUri!.Host == "registry-a"
            ? throw new HttpRequestException("connection refused")
            : StubRegistryHandler.Json(HttpStatusCode.OK, "[1,2]");
        using var client = Client(o => o.Url = "http://registry-a:8081, http://registry-b:8081");

        (await client.GetSubjectVersionsAsync("s")).Should().Equal(1, 2);
        (await client.GetSubjectVersionsAsync("s")).Should().Equal(1, 2);

        _handler.Requests.Select(r => r.Request.RequestUri!.Host).Should().Equal("registry-a", "registry-b", "registry-b");
    }

    [Fact]
    public async Task Request_EveryUrlDown_ThrowsTransientAfterTheRetryBudget()
    {
        _handler.Fallback = _ => StubRegistryHandler.Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>");
        using var client = Client(o => { o.Url = "http://registry-a:8081,http://registry-b:8081"; o.MaxRetries = 2; });

        var thrown = await client.Invoking(c => c.GetSubjectsAsync()).Should().ThrowAsync<SchemaRegistryException>();

        thrown.Which.IsTransient.Should().BeTrue();
        thrown.Which.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        _handler.Requests.Should().HaveCount(6, "three rounds over two URLs");
    }

    [Fact]
    public async Task Request_RegistryHangs_TimesOutAsTransient()
    {
        _handler.Fallback = _ => throw new TaskCanceledException("timed out");
        using var client = Client(o => o.MaxRetries = 0);

        var thrown = await client.Invoking(c => c.GetSchemaByIdAsync(1)).Should().ThrowAsync<SchemaRegistryException>();

        thrown.Which.IsTransient.Should().BeTrue();
    }

    [Fact]
    public async Task TestCompatibilityAsync_Incompatible_ReturnsVerboseMessages()
    {
        _handler.Then(HttpStatusCode.OK, """{"is_compatible":false,"messages":["READER_FIELD_MISSING_DEFAULT_VALUE: x"]}""");
        using var client = Client();

        var result = await client.TestCompatibilityAsync("s", "\"int\"");

        result.IsCompatible.Should().BeFalse();
        result.Messages.Should().ContainSingle().Which.Should().StartWith("READER_FIELD_MISSING_DEFAULT_VALUE");
        _handler.Requests.Single().Request.RequestUri!.PathAndQuery.Should().Be("/compatibility/subjects/s/versions/latest?verbose=true");
    }

    [Fact]
    public async Task Compatibility_GetAndUpdate_UseTheConfigResource()
    {
        _handler.Then(HttpStatusCode.OK, """{"compatibilityLevel":"BACKWARD"}""").Then(HttpStatusCode.OK, """{"compatibility":"FULL"}""");
        using var client = Client();

        (await client.GetCompatibilityAsync()).Should().Be("BACKWARD");
        (await client.UpdateCompatibilityAsync("FULL", "s")).Should().Be("FULL");

        _handler.Requests[0].Request.RequestUri!.AbsolutePath.Should().Be("/config");
        _handler.Requests[1].Request.Method.Should().Be(HttpMethod.Put);
        _handler.Requests[1].Request.RequestUri!.AbsolutePath.Should().Be("/config/s");
        JsonNode.Parse(_handler.Requests[1].Body!)!["compatibility"]!.GetValue<string>().Should().Be("FULL");
    }

    private SchemaRegistryClient Client(Action<SchemaRegistryOptions>? configure = null)
    {
        var options = new SchemaRegistryOptions { Url = "http://registry-a:8081", RetryBackoff = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new SchemaRegistryClient(options, _handler);
    }
}
