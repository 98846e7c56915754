using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors.Hosting.Capture;

namespace Hub.Connectors.Hosting.UnitTests.Capture;

public sealed class CaptureRedactorTests
{
    private const string Key = "odoo-api-key-1234";
    private readonly CaptureRedactor _redactor = new(new CaptureOptions { MaxBodyBytes = 1024 });

    [Fact]
    public void Headers_CredentialAndSignatureHeaders_ReplacedOthersKept()
    {
        var headers = _redactor.Headers(
            [new("Authorization", "Bearer abc"), new("X-Shopify-Hmac-Sha256", "sig"), new("X-Request-Id", $"r-1 {Key}"), new("Content-Type", "application/json"), new("X-Client-Secret", "s")],
            [Key]);

        headers.Should().Equal(new Dictionary<string, string>
        {
            ["Authorization"] = CaptureRedactor.Secret,
            ["X-Shopify-Hmac-Sha256"] = CaptureRedactor.Secret,
            ["X-Request-Id"] = "r-1 [secret]",
            ["Content-Type"] = "application/json",
            ["X-Client-Secret"] = CaptureRedactor.Secret,
        });
    }

    [Fact]
    public void Body_Json_PersonalAndSecretFieldsRedactedAtAnyDepthAndTheCredentialWhereverItIs()
    {
        // Odoo's execute_kw: the key is a positional argument, found by its value.
        var body = $$"""{"params":{"args":["db",2,"{{Key}}","res.partner","write",[[7],{"email":"ada@example.com","name":"Ada","phone_number":"+44 1"}]]},"access_token":"t","page_token":"p2"}""";

        var (kept, note) = _redactor.Body(Encoding.UTF8.GetBytes(body), "application/json", [Key]);

        note.Should().BeNull();
        var json = JsonNode.Parse(kept!)!;
        json["params"]!["args"]![2]!.GetValue<string>().Should().Be(CaptureRedactor.Secret);
        var values = json["params"]!["args"]![5]![1]!;
        values["email"]!.GetValue<string>().Should().Be(CaptureRedactor.Redacted);
        values["phone_number"]!.GetValue<string>().Should().Be(CaptureRedactor.Redacted, "names match without case, '_' or '-'");
        values["name"]!.GetValue<string>().Should().Be("Ada", "a field not configured as personal is kept");
        json["access_token"]!.GetValue<string>().Should().Be(CaptureRedactor.Secret);
        json["page_token"]!.GetValue<string>().Should().Be("p2", "a paging cursor is not a secret");
        kept.Should().NotContain(Key).And.NotContain("ada@example.com");
    }

    [Fact]
    public void Target_Query_PersonalAndSecretParametersRedacted()
    {
        _redactor.Target($"/contacts/search?email=ada%40example.com&limit=10&api_key={Key}&after=5", [Key])
            .Should().Be("/contacts/search?email=%5Bredacted%5D&limit=10&api_key=%5Bsecret%5D&after=5");
    }

    [Fact]
    public void Body_FormData_RedactedByName()
    {
        var (kept, _) = _redactor.Body("grant_type=refresh_token&refresh_token=r1&email=a%40b.c"u8.ToArray(), "application/x-www-form-urlencoded", []);

        kept.Should().Be("grant_type=refresh_token&refresh_token=%5Bsecret%5D&email=%5Bredacted%5D");
    }

    [Fact]
    public void Body_OtherTypesAndOversized_NotKeptButNoted()
    {
        var csv = _redactor.Body("ID;EMAIL\n1;ada@example.com"u8.ToArray(), "text/csv", []);
        var large = _redactor.Body(new byte[2048], "application/json", []);
        var keeping = new CaptureRedactor(new CaptureOptions { KeepOtherBodies = true }).Body("a;b"u8.ToArray(), "text/csv", []);

        csv.Should().Be(((string?)null, "not kept: 26 bytes of text/csv (Capture:KeepOtherBodies is off)"));
        large.Note.Should().Be("not kept: 2048 bytes, over Capture:MaxBodyBytes (1024)");
        keeping.Body.Should().Be("a;b");
    }

    [Fact]
    public void Body_DeclaredJsonButBroken_NotKept()
    {
        var (kept, note) = _redactor.Body("{\"email\": \"ada@exa"u8.ToArray(), "application/json", []);

        kept.Should().BeNull("a body that cannot be redacted is not stored");
        note.Should().Contain("not parseable");
    }

    [Fact]
    public void Body_EmailsAndPhonesAsPlainValues_RedactedWhereverTheyStand()
    {
        // Search filters carry personal data as values, under no personal field name.
        var body = """{"domain":[["email","=ilike","Ada.L@Example.co.uk"]],"filters":[{"propertyName":"phone","value":"+44 20 7946 0018"}],"amount":"+12.50","ref":"cust-1"}""";

        var (kept, _) = _redactor.Body(Encoding.UTF8.GetBytes(body), "application/json", []);

        kept.Should().Be("""{"domain":[["email","=ilike","[redacted]"]],"filters":[{"propertyName":"phone","value":"[redacted]"}],"amount":"+12.50","ref":"cust-1"}""");
        _redactor.Target("/crm/v3/objects/contacts/ada%40example.com?idProperty=email", []).Should().Be("/crm/v3/objects/contacts/[redacted]?idProperty=email");
        new CaptureRedactor(new CaptureOptions { RedactPatterns = false }).Body(Encoding.UTF8.GetBytes(body), "application/json", []).Body
            .Should().Contain("Ada.L@Example.co.uk", "pattern redaction can be switched off");
    }
}
