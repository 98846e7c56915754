namespace Erp.Connector.Inbound;

/// <summary>One sale.order as read for its state.</summary>
public sealed record SaleOrderRecord(int Id, string Name, string? ClientOrderRef, string? Origin, string State, string WriteDateText)
{
    public DateTimeOffset WriteDate => Odoo.OdooDateTime.Parse(WriteDateText);

    /// <summary>Id and state: two state changes within one second (write_date has seconds only) are two versions.</summary>
    public string VersionId => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}/{State}");
}
