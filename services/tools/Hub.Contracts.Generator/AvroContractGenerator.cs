using Hub.Contracts.Generator.Emit;
using Hub.Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Hub.Contracts.Generator;

/// <summary>
/// Generates C# classes from the .avsc files passed as AdditionalFiles: one class per record, one enum per Avro
/// enum, and a <c>CanonicalEventTypes</c> catalog in the project's root namespace.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AvroContractGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource(RuntimeSource.HintName, RuntimeSource.Text));

        var files = context.AdditionalTextsProvider
            .Where(f => f.Path.EndsWith(".avsc", StringComparison.OrdinalIgnoreCase))
            .Select((f, ct) => (Path: f.Path, Text: f.GetText(ct)?.ToString() ?? ""))
            .Collect();
        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select((options, _) =>
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && ns.Length > 0 ? ns : "Hub.Contracts");

        context.RegisterSourceOutput(files.Combine(rootNamespace), (spc, input) => Emit(spc, input.Left, input.Right));
    }

    private static void Emit(SourceProductionContext context, IEnumerable<(string Path, string Text)> files, string rootNamespace)
    {
        var catalog = SchemaCatalog.Build(files);
        var renderer = new SchemaRenderer(catalog);
        var mapper = new TypeMapper(catalog);
        var recordEmitter = new RecordEmitter(renderer, mapper);

        foreach (var type in catalog.Types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            try
            {
                if (type.Namespace.Length == 0)
                {
                    throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"'{type.FullName}' needs a namespace");
                }

                var source = type.Kind switch
                {
                    "record" => recordEmitter.Emit(type),
                    "enum" => EnumEmitter.Emit(type),
                    _ => throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"'{type.FullName}': {type.Kind} types are not supported"),
                };
                context.AddSource(type.FullName + ".g.cs", source);
            }
            catch (SchemaProblemException ex)
            {
                catalog.Problems.Add(new SchemaProblem(ex.Id, type.SourcePath, ex.Message));
            }
        }

        if (catalog.Events.Count > 0)
        {
            context.AddSource("CanonicalEventTypes.g.cs", CatalogEmitter.Emit(rootNamespace, catalog.Events));
        }

        foreach (var problem in catalog.Problems)
        {
            var location = Location.Create(problem.Path, default, new LinePositionSpan(default, default));
            context.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.Get(problem.Id), location, problem.Message));
        }
    }
}
