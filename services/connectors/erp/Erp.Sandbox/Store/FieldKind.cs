namespace Erp.Sandbox.Store;

#pragma warning disable CA1720 // Named after Odoo's field types (fields.Char, fields.Integer, fields.Float).
public enum FieldKind
{
    Char,
    Integer,
    Float,
    Boolean,
    Selection,
    Many2One,
    Many2Many,
    One2Many,
    DateTime,
}
