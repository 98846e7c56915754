using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;
using Microsoft.Extensions.Options;

namespace Erp.Sandbox.Store;

/// <summary>
/// The sandbox's in-memory database: one table per model, ids from 1. One lock around everything keeps each call
/// atomic, as a transaction would. create_date/write_date are the transaction's time with microseconds, as
/// PostgreSQL keeps Odoo's timestamps: every record one RPC call writes gets the same one (Odoo stamps now() at UTC,
/// the transaction's start), and answers show it to the second (see <see cref="Timestamps"/>).
/// </summary>
public sealed partial class OdooDatabase
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ModelDef> _models = OdooSchema.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<int, JsonObject>> _tables;
    private readonly List<WriteLogEntry> _writes = [];
    private readonly TimeProvider _time;
    private string? _transactionTime;

    public OdooDatabase(IOptions<ErpSandboxOptions> options, TimeProvider time)
    {
        _time = time;
        _tables = _models.Keys.ToDictionary(m => m, _ => new SortedDictionary<int, JsonObject>(), StringComparer.Ordinal);
        Seed(options.Value);
    }

    public int Create(string model, JsonObject values)
    {
        lock (_gate)
        {
            var def = Definition(model);
            var table = _tables[model];
            var id = table.Count == 0 ? 1 : table.Keys.Max() + 1;
            var record = new JsonObject();
            foreach (var field in def.FieldList.Where(f => f.Default is not null))
            {
                record[field.Name] = System.Text.Json.JsonSerializer.SerializeToNode(field.Default);
            }

            var now = TransactionTime();
            record["create_date"] = now;
            table[id] = record;
            try
            {
                Assign(def, id, record, values);
                foreach (var field in def.FieldList.Where(f => f.Required && record[f.Name] is null))
                {
                    throw OdooFaultException.Validation($"The operation cannot be completed: Missing required fields on {model}: {field.Name}");
                }
            }
            catch
            {
                table.Remove(id);
                throw;
            }

            AfterChange(model, id, record);
            record["write_date"] = now;
            _writes.Add(new WriteLogEntry(_time.GetUtcNow(), model, "create", [id], (JsonObject)values.DeepClone()));
            return id;
        }
    }

    public bool Write(string model, IReadOnlyList<int> ids, JsonObject values)
    {
        lock (_gate)
        {
            var def = Definition(model);
            var records = ids.Select(id => _tables[model].TryGetValue(id, out var r) ? (id, r) : throw new OdooFaultException(
                OdooFaultException.MissingError, $"Record does not exist or has been deleted.\n(Record: {model}({id},), User: 2)")).ToList();
            var now = TransactionTime();
            foreach (var (id, record) in records)
            {
                Assign(def, id, record, values);
                AfterChange(model, id, record);
                record["write_date"] = now;
            }

            _writes.Add(new WriteLogEntry(_time.GetUtcNow(), model, "write", [.. ids], (JsonObject)values.DeepClone()));
            return true;
        }
    }

    /// <summary>Runs one RPC call as one transaction: atomic, and one timestamp for everything it writes.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            _transactionTime = Timestamps.Stored(_time.GetUtcNow());
            try
            {
                return work();
            }
            finally
            {
                _transactionTime = null;
            }
        }
    }

    public List<int> Search(string model, JsonArray domain, int offset, int? limit, string? order)
    {
        lock (_gate)
        {
            var def = Definition(model);
            var match = Domain.Compile(domain, model, this);
            var hideArchived = def.HasActive && !Domain.Mentions(domain, "active");
            var found = _tables[model].Where(p => (!hideArchived || p.Value["active"]?.GetValue<bool>() != false) && match(p.Key, p.Value));
            return [.. Order(found, order).Skip(offset).Take(limit is > 0 ? limit.Value : int.MaxValue).Select(p => p.Key)];
        }
    }

    public JsonArray Read(string model, IEnumerable<int> ids, IReadOnlyList<string>? fields)
    {
        lock (_gate)
        {
            var def = Definition(model);
            var names = fields ?? [.. def.FieldList.Select(f => f.Name), "create_date", "write_date", "display_name"];
            var unknown = names.FirstOrDefault(n => n is not ("id" or "create_date" or "write_date" or "display_name") && !def.Fields.ContainsKey(n));
            if (unknown is not null)
            {
                throw OdooFaultException.Value($"Invalid field '{unknown}' on model '{model}'");
            }

            var result = new JsonArray();
            foreach (var id in ids)
            {
                var record = _tables[model].TryGetValue(id, out var r) ? r : throw new OdooFaultException(OdooFaultException.MissingError, $"Record does not exist or has been deleted.\n(Record: {model}({id},), User: 2)");
                result.Add(Render(def, id, record, names));
            }

            return result;
        }
    }

    public IReadOnlyList<WriteLogEntry> Writes()
    {
        lock (_gate)
        {
            return [.. _writes];
        }
    }

    public JsonArray All(string model)
    {
        lock (_gate)
        {
            return Read(model, [.. _tables[model].Keys], null);
        }
    }

    /// <summary>Outside an RPC call (seeding, admin endpoints) each change is its own transaction.</summary>
    private string TransactionTime() => _transactionTime ?? Timestamps.Stored(_time.GetUtcNow());
}
