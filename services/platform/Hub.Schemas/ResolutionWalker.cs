using System.Runtime.CompilerServices;
using Avro;

namespace Hub.Schemas;

/// <summary>Walks a reader/writer pair once, collecting incompatibilities with their reader-side paths.</summary>
internal sealed class ResolutionWalker
{
    // Named types can be recursive; a pair already being checked is assumed compatible, and any problem in it is
    // reported by the visit that is already under way.
    private readonly HashSet<(object Reader, object Writer)> _visited = new(PairComparer.Instance);

    public List<Incompatibility> Check(Schema reader, Schema writer)
    {
        var found = new List<Incompatibility>();
        Check(reader, writer, string.Empty, found);
        return found;
    }

    private void Check(Schema reader, Schema writer, string path, List<Incompatibility> found)
    {
        if (reader is LogicalSchema readerLogical && writer is LogicalSchema writerLogical)
        {
            CheckDecimal(readerLogical, writerLogical, path, found);
        }

        // The specification resolves logical types by their underlying types.
        reader = reader is LogicalSchema rl ? rl.BaseSchema : reader;
        writer = writer is LogicalSchema wl ? wl.BaseSchema : writer;

        if (writer is UnionSchema writerUnion)
        {
            for (var i = 0; i < writerUnion.Count; i++)
            {
                if (reader is UnionSchema)
                {
                    CheckAgainstReaderUnion((UnionSchema)reader, writerUnion[i], path, found);
                }
                else
                {
                    Check(reader, writerUnion[i], path, found);
                }
            }

            return;
        }

        if (reader is UnionSchema readerUnion)
        {
            CheckAgainstReaderUnion(readerUnion, writer, path, found);
            return;
        }

        if (reader.Tag != writer.Tag)
        {
            if (!Promotions.CanPromote(writer.Tag, reader.Tag))
            {
                found.Add(new(IncompatibilityType.TypeMismatch, PathOrRoot(path),
                    $"reader type {AvroNames.Describe(reader)} cannot read writer type {AvroNames.Describe(writer)}"));
            }

            return;
        }

        switch (reader)
        {
            case RecordSchema r:
                CheckRecord(r, (RecordSchema)writer, path, found);
                break;
            case EnumSchema e:
                CheckEnum(e, (EnumSchema)writer, path, found);
                break;
            case FixedSchema f:
                CheckFixed(f, (FixedSchema)writer, path, found);
                break;
            case ArraySchema a:
                Check(a.ItemSchema, ((ArraySchema)writer).ItemSchema, path + "/items", found);
                break;
            case MapSchema m:
                Check(m.ValueSchema, ((MapSchema)writer).ValueSchema, path + "/values", found);
                break;
        }
    }

    private void CheckAgainstReaderUnion(UnionSchema reader, Schema writer, string path, List<Incompatibility> found)
    {
        for (var i = 0; i < reader.Count; i++)
        {
            // Trial runs on a copy of the visited set: a failed branch must not mark pairs as already checked.
            var trial = new ResolutionWalker();
            trial._visited.UnionWith(_visited);
            if (trial.Check(reader[i], writer).Count == 0)
            {
                return;
            }
        }

        found.Add(new(IncompatibilityType.MissingUnionBranch, PathOrRoot(path),
            $"no branch of reader {AvroNames.Describe(reader)} can read writer type {AvroNames.Describe(writer)}"));
    }

    private void CheckRecord(RecordSchema reader, RecordSchema writer, string path, List<Incompatibility> found)
    {
        if (!AvroNames.Matches(reader, writer))
        {
            found.Add(new(IncompatibilityType.NameMismatch, path + "/name",
                $"reader record {reader.Fullname} does not match writer record {writer.Fullname} by name or alias"));
            return;
        }

        if (!_visited.Add((reader, writer)))
        {
            return;
        }

        for (var i = 0; i < reader.Fields.Count; i++)
        {
            var readerField = reader.Fields[i];
            var writerField = FindWriterField(readerField, writer);
            var fieldPath = $"{path}/fields/{i}";
            if (writerField is not null)
            {
                Check(readerField.Schema, writerField.Schema, fieldPath + "/type", found);
            }
            else if (readerField.DefaultValue is null)
            {
                found.Add(new(IncompatibilityType.ReaderFieldMissingDefaultValue, fieldPath,
                    $"reader field '{readerField.Name}' of {reader.Fullname} is missing from the writer and has no default value"));
            }
        }
    }

    private static Field? FindWriterField(Field readerField, RecordSchema writer)
    {
        if (writer.TryGetField(readerField.Name, out var byName))
        {
            return byName;
        }

        return readerField.Aliases?.Select(alias => writer.TryGetField(alias, out var f) ? f : null).FirstOrDefault(f => f is not null);
    }

    private void CheckEnum(EnumSchema reader, EnumSchema writer, string path, List<Incompatibility> found)
    {
        if (!AvroNames.Matches(reader, writer))
        {
            found.Add(new(IncompatibilityType.NameMismatch, path + "/name",
                $"reader enum {reader.Fullname} does not match writer enum {writer.Fullname} by name or alias"));
            return;
        }

        var missing = writer.Symbols.Where(s => !reader.Contains(s)).ToList();
        if (missing.Count > 0 && reader.Default is null)
        {
            found.Add(new(IncompatibilityType.MissingEnumSymbols, path + "/symbols",
                $"reader enum {reader.Fullname} lacks writer symbols [{string.Join(", ", missing)}] and has no default symbol"));
        }
    }

    private static void CheckFixed(FixedSchema reader, FixedSchema writer, string path, List<Incompatibility> found)
    {
        if (!AvroNames.Matches(reader, writer))
        {
            found.Add(new(IncompatibilityType.NameMismatch, path + "/name",
                $"reader fixed {reader.Fullname} does not match writer fixed {writer.Fullname} by name or alias"));
        }
        else if (reader.Size != writer.Size)
        {
            found.Add(new(IncompatibilityType.FixedSizeMismatch, path + "/size",
                $"reader fixed {reader.Fullname} has size {reader.Size} but the writer's has size {writer.Size}"));
        }
    }

    private static void CheckDecimal(LogicalSchema reader, LogicalSchema writer, string path, List<Incompatibility> found)
    {
        if (reader.LogicalTypeName != LogicalTypes.Decimal || writer.LogicalTypeName != LogicalTypes.Decimal)
        {
            return;
        }

        var (rp, rs) = LogicalTypes.DecimalParameters(reader);
        var (wp, ws) = LogicalTypes.DecimalParameters(writer);
        if (rp != wp || rs != ws)
        {
            found.Add(new(IncompatibilityType.DecimalMismatch, PathOrRoot(path),
                $"reader decimal({rp},{rs}) differs from writer decimal({wp},{ws}); precision and scale must match"));
        }
    }

    private static string PathOrRoot(string path) => path.Length == 0 ? "/" : path;

    private sealed class PairComparer : IEqualityComparer<(object Reader, object Writer)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((object Reader, object Writer) x, (object Reader, object Writer) y) =>
            ReferenceEquals(x.Reader, y.Reader) && ReferenceEquals(x.Writer, y.Writer);

        public int GetHashCode((object Reader, object Writer) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Reader), RuntimeHelpers.GetHashCode(obj.Writer));
    }
}
