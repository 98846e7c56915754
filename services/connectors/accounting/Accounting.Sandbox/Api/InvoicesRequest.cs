using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Api;

public sealed class InvoicesRequest
{
    public List<Invoice>? Invoices { get; set; }
}
