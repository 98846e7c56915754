namespace Hub.Mapping;

/// <summary>A field's use of a value map: the table, plus context rules tried first, in order.</summary>
public sealed record ValueMapReference(string Table, IReadOnlyList<ContextRule> Context);
