using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Avro.Generic;
using Hub.Cli.Infrastructure;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro;

namespace Hub.Cli.Output;

/// <summary>
/// Turns a message value into something readable: Confluent-wire Avro through Confluent's deserializer and the
/// registry (as JSON), JSON as is, other UTF-8 as text, anything else as base64. Never fails a command: an unreachable registry or undecodable
/// bytes are reported in <see cref="RenderedValue.Encoding"/> next to the raw bytes.
/// </summary>
public sealed class ValueRenderer(CliContext context)
{
    private GenericAvroDeserializer? _avro;

    public async Task<RenderedValue> RenderAsync(string topic, byte[]? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return new RenderedValue("null (tombstone)", null);
        }

        // Confluent's deserializer reads the header: a value it does not recognise as its framing falls through.
        try
        {
            _avro ??= new GenericAvroDeserializer(context.Registry);
            GenericRecord record = await _avro.DeserializeAsync(value, new SerializationContext(topic), cancellationToken);
            return new RenderedValue($"avro ({record.Schema.Fullname})", AvroJson.ToJson(record));
        }
        catch (SchemaRegistryUnavailableException ex)
        {
            return Raw(value, $"avro; not decoded, registry {context.Settings.RegistryUrl ?? "http://127.0.0.1:8081 (default)"} unreachable: {ex.Message}");
        }
        catch (UnknownMagicByteException)
        {
        }
        catch (EventDecodeException) when (value.Length < 5)
        {
        }
        catch (EventDecodeException ex)
        {
            return Raw(value, $"undecodable avro ({ex.ReasonCode}): {ex.Message}");
        }

        try
        {
            return new RenderedValue("json", JsonNode.Parse(value));
        }
        catch (JsonException)
        {
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(value);
            if (!text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            {
                return new RenderedValue("text", JsonValue.Create(text));
            }
        }
        catch (DecoderFallbackException)
        {
        }

        return Raw(value, "binary");
    }

    private static RenderedValue Raw(byte[] value, string encoding) => new($"{encoding} (shown as base64)", JsonValue.Create(Convert.ToBase64String(value)));
}
