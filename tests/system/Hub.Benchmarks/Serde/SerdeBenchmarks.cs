using Avro.IO;
using Avro.Specific;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Confluent.Kafka;
using Confluent.SchemaRegistry.Serdes;
using Hub.Contracts;
using SerializationContext = Hub.Messaging.Serialization.SerializationContext;
using Hub.Serialization.Avro;
using Hub.Testing.Avro;
using Microsoft.Extensions.Options;

namespace Hub.Benchmarks.Serde;

/// <summary>
/// A typical canonical event through the platform's serde (the IEventSerializer/IEventDeserializer adapters over
/// Confluent's AvroSerializer/AvroDeserializer), and through Confluent's serde called directly, against Apache.Avro's
/// raw SpecificDatumWriter/Reader on the same value: the Ratio column is the overhead.
/// Both sides do the same work per op: serialize into a reused output stream and return a fresh byte[] (the serde
/// reuses a per-thread stream), deserialize a byte[] into a fresh instance.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[GenericTypeArguments(typeof(CustomerUpserted))]
[GenericTypeArguments(typeof(OrderPlaced))]
public class SerdeBenchmarks<T>
    where T : class, ISpecificRecord, new()
{
    private static readonly SerializationContext Context = new("canonical.bench");

    private T _value = null!;
    private ConfluentAvroSerializer<T> _serializer = null!;
    private ConfluentAvroDeserializer<T> _deserializer = null!;
    private AvroSerializer<T> _confluentSerializer = null!;
    private AvroDeserializer<T> _confluentDeserializer = null!;
    private Confluent.Kafka.SerializationContext _kafkaContext;
    private SpecificDatumWriter<T> _rawWriter = null!;
    private MemoryStream _rawOutput = null!;
    private BinaryEncoder _rawEncoder = null!;
    private SpecificDatumReader<T> _rawReader = null!;
    private byte[] _framed = null!;
    private byte[] _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        _value = (T)(object)(typeof(T) == typeof(OrderPlaced) ? CanonicalSamples.Order(1) : CanonicalSamples.Customer(1));
        var registry = new InMemorySchemaRegistry();
        _serializer = new ConfluentAvroSerializer<T>(registry, Options.Create(new AvroSerdeOptions()));
        _deserializer = new ConfluentAvroDeserializer<T>(registry);
        _confluentSerializer = new AvroSerializer<T>(registry, new AvroSerializerConfig { SubjectNameStrategy = Confluent.SchemaRegistry.SubjectNameStrategy.Topic });
        _confluentDeserializer = new AvroDeserializer<T>(registry, new AvroDeserializerConfig { SubjectNameStrategy = Confluent.SchemaRegistry.SubjectNameStrategy.Topic });
        _kafkaContext = new Confluent.Kafka.SerializationContext(MessageComponentType.Value, Context.Topic, []);
        _rawWriter = new SpecificDatumWriter<T>(_value.Schema);
        _rawOutput = new MemoryStream();
        _rawEncoder = new BinaryEncoder(_rawOutput);
        _rawReader = new SpecificDatumReader<T>(_value.Schema, _value.Schema);
        // The first calls fill the caches (schema id, writer, reader); the benchmarks measure the steady state.
        _framed = _serializer.SerializeAsync(_value, Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _ = _deserializer.DeserializeAsync(_framed, Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _ = _confluentSerializer.SerializeAsync(_value, _kafkaContext).GetAwaiter().GetResult();
        _ = _confluentDeserializer.DeserializeAsync(_framed, false, _kafkaContext).GetAwaiter().GetResult();
        _raw = RawSerialize();
    }

    [Benchmark(Baseline = true, Description = "Apache.Avro SpecificDatumWriter")]
    [BenchmarkCategory("serialize")]
    public byte[] RawSerialize()
    {
        _rawOutput.SetLength(0);
        _rawWriter.Write(_value, _rawEncoder);
        return _rawOutput.ToArray();
    }

    /// <summary>The baseline before it reused its stream, as in earlier runs: shows what the stream reuse alone is worth.</summary>
    [Benchmark(Description = "Apache.Avro SpecificDatumWriter, new stream per op")]
    [BenchmarkCategory("serialize")]
    public byte[] RawSerializeFreshStream()
    {
        using var stream = new MemoryStream();
        _rawWriter.Write(_value, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    [Benchmark(Description = "ConfluentAvroSerializer (platform adapter: Confluent's AvroSerializer, then its cached path)")]
    [BenchmarkCategory("serialize")]
    public ValueTask<byte[]> ConfluentSerialize() => _serializer.SerializeAsync(_value, Context, CancellationToken.None);

    [Benchmark(Description = "Confluent AvroSerializer<T> called directly")]
    [BenchmarkCategory("serialize")]
    public Task<byte[]> ConfluentDirectSerialize() => _confluentSerializer.SerializeAsync(_value, _kafkaContext);

    [Benchmark(Baseline = true, Description = "Apache.Avro SpecificDatumReader")]
    [BenchmarkCategory("deserialize")]
    public T RawDeserialize()
    {
        using var stream = new MemoryStream(_raw, writable: false);
        return _rawReader.Read(new T(), new BinaryDecoder(stream));
    }

    [Benchmark(Description = "ConfluentAvroDeserializer (platform adapter: Confluent's AvroDeserializer, then its cached path)")]
    [BenchmarkCategory("deserialize")]
    public ValueTask<T> ConfluentDeserialize() => _deserializer.DeserializeAsync(_framed, Context, CancellationToken.None);

    [Benchmark(Description = "Confluent AvroDeserializer<T> called directly")]
    [BenchmarkCategory("deserialize")]
    public Task<T> ConfluentDirectDeserialize() => _confluentDeserializer.DeserializeAsync(_framed, false, _kafkaContext);
}
