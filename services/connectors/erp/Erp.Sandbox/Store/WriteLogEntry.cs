using System.Text.Json.Nodes;

namespace Erp.Sandbox.Store;

/// <summary>One applied create or write, for tests and the demo to count what reached the ERP.</summary>
public sealed record WriteLogEntry(DateTimeOffset At, string Model, string Method, IReadOnlyList<int> Ids, JsonObject Values);
