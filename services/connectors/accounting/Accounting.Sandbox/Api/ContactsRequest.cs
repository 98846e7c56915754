using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Api;

public sealed class ContactsRequest
{
    public List<Contact>? Contacts { get; set; }
}
