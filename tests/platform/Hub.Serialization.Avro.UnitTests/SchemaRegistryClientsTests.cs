using System.ComponentModel.DataAnnotations;
using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro.UnitTests;

public class SchemaRegistryClientsTests
{
    [Fact]
    public void ToConfig_EveryOption_MapsOntoConfluentsSettings()
    {
        var options = new SchemaRegistryOptions
        {
            Url = "https://a.example:8081/, https://b.example:8081",
            BasicAuthUserInfo = "svc:secret",
            RequestTimeout = TimeSpan.FromSeconds(3),
            MaxCachedSchemas = 50,
            SslCaLocation = "/etc/hub/ca.pem",
            SslCertificateLocation = "/etc/hub/client.p12",
            SslKeyPassword = "p12",
        };

        var config = SchemaRegistryClients.ToConfig(options, new AvroSerdeOptions { LatestVersionCacheTtl = TimeSpan.FromSeconds(30) });

        config.Url.Should().Be("https://a.example:8081,https://b.example:8081");
        config.BasicAuthCredentialsSource.Should().Be(AuthCredentialsSource.UserInfo);
        config.BasicAuthUserInfo.Should().Be("svc:secret");
        config.RequestTimeoutMs.Should().Be(3000);
        config.MaxRetries.Should().Be(1, "Confluent's name for tries per URL; retries are the schema-registry pipeline's");
        config.MaxCachedSchemas.Should().Be(50);
        config.SslCaLocation.Should().Be("/etc/hub/ca.pem");
        config.SslKeystoreLocation.Should().Be("/etc/hub/client.p12");
        config.SslKeystorePassword.Should().Be("p12");
        config.LatestCacheTtlSecs.Should().Be(30);
    }

    [Fact]
    public void ToConfig_Defaults_LeavesAuthAndTlsUnset()
    {
        var config = SchemaRegistryClients.ToConfig(new SchemaRegistryOptions());

        config.Url.Should().Be("http://127.0.0.1:8081");
        config.BasicAuthUserInfo.Should().BeNull();
        config.SslCaLocation.Should().BeNull();
        config.SslKeystoreLocation.Should().BeNull();
    }

    [Fact]
    public void Validate_PemKeyFile_IsRefusedWithTheWayOut()
    {
        var options = new SchemaRegistryOptions { SslCertificateLocation = "client.pem", SslKeyLocation = "client.key" };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("PKCS#12");
    }

    [Fact]
    public void ToSerializerConfig_Options_MapOntoAvroSerializerConfig()
    {
        var serde = new AvroSerdeOptions { AutoRegisterSchemas = false, UseLatestVersion = true, SubjectNameStrategy = SubjectNameStrategy.TopicRecord };

        var config = serde.ToSerializerConfig();

        config.AutoRegisterSchemas.Should().BeFalse();
        config.UseLatestVersion.Should().BeTrue();
        config.SubjectNameStrategy.Should().Be(SubjectNameStrategy.TopicRecord);
    }
}
