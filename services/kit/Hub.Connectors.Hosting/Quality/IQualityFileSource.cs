namespace Hub.Connectors.Hosting;

/// <summary>
/// What a connector of a system that only exports files implements so `hub quality` can profile an export: it reads
/// the file with the connector's own readers and names the mapping its rows go through. Declared with
/// <c>.QualityFile&lt;TSource&gt;("customers")</c>.
/// </summary>
public interface IQualityFileSource
{
    /// <exception cref="InvalidDataException">The file cannot be read as an export of the entity (answered 400).</exception>
    QualityFileRows Read(string fileName, byte[] content);
}
