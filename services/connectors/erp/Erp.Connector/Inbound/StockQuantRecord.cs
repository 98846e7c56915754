namespace Erp.Connector.Inbound;

/// <summary>One stock.quant as read: quantity of a product at a location, and when it last changed.</summary>
public sealed record StockQuantRecord(int Id, int ProductId, string Location, decimal Quantity, decimal Reserved, string WriteDateText)
{
    public DateTimeOffset WriteDate => Odoo.OdooDateTime.Parse(WriteDateText);

    /// <summary>
    /// The version's identity: id and quantities. write_date has seconds only, so two changes within one second share
    /// it; with the quantities in the key a poll that saw the first still publishes the second.
    /// </summary>
    public string VersionId => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}/{Quantity:0.####}/{Reserved:0.####}");
}
