using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Contracts;

namespace Crm.Connector.Outbound;

/// <summary>CustomerUpserted in and out of canonical-to-crm.customer: its source record and the CRM's text properties.</summary>
public static class CrmCustomerRecord
{
    /// <summary>The kit's canonical record, without an Unknown status (the CRM would otherwise be told a stage it has no name for).</summary>
    public static Dictionary<string, object?> Source(CustomerUpserted customer)
    {
        var record = CanonicalCustomerRecord.From(customer);
        if (customer.Status == CustomerStatus.Unknown)
        {
            record["status"] = null;
        }

        return record;
    }

    /// <summary>Mapped values as the CRM's text properties; absent values are left out (not cleared).</summary>
    public static Dictionary<string, string?> ToProperties(IReadOnlyDictionary<string, object?> mapped)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        return mapped.Where(p => p.Value is not null)
            .ToDictionary(
                p => p.Key,
                p => p.Value switch
                {
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other!.ToString(),
                },
                StringComparer.Ordinal);
    }
}
