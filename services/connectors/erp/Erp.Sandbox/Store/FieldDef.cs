namespace Erp.Sandbox.Store;

/// <summary>One field of a sandbox model, as much of Odoo's field definition as the sandbox needs.</summary>
public sealed record FieldDef(string Name, FieldKind Kind, string? Relation = null, bool Required = false, IReadOnlyList<string>? Selection = null)
{
    /// <summary>For one2many: the many2one on the related model pointing back.</summary>
    public string? InverseName { get; init; }

    public object? Default { get; init; }
}
