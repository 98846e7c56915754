using Accounting.Sandbox.Model;

namespace Accounting.Sandbox.Ledger;

public sealed partial class AccountingLedger
{
    public IReadOnlyList<Contact> Contacts(Func<Contact, bool> filter) => _contacts.Where(filter).ToList();

    /// <summary>
    /// POST/PUT /Contacts: matched by ContactID, then ContactNumber; otherwise created. All or nothing unless
    /// <paramref name="allOrNothing"/> is false (summarizeErrors=false): then each contact stands alone.
    /// </summary>
    public IReadOnlyList<ElementResult> UpsertContacts(IReadOnlyList<Contact> input, string? key, bool allOrNothing)
    {
        if (allOrNothing)
        {
            var checkedFirst = input.Select(c => new ElementResult(c, ValidateContact(c, FindContact(c)))).ToList();
            return checkedFirst.Any(r => r.Rejected) ? checkedFirst : input.Select(c => ElementResult.Saved(Save(c, key))).ToList();
        }

        return input.Select(c => ValidateContact(c, FindContact(c)) is { Count: > 0 } messages
            ? new ElementResult(c, messages)
            : ElementResult.Saved(Save(c, key))).ToList();
    }

    private Contact Save(Contact input, string? key) =>
        FindContact(input) is { } existing ? UpdateContact(existing, input, key) : CreateContact(input, key);

    private Contact? FindContact(Contact probe) =>
        probe.ContactID is { } id ? _contacts.FirstOrDefault(c => c.ContactID == id)
        : !string.IsNullOrEmpty(probe.ContactNumber) ? _contacts.FirstOrDefault(c => c.ContactNumber == probe.ContactNumber)
        : null;

    private List<string> ValidateContact(Contact contact, Contact? existing)
    {
        var messages = new List<string>();
        if (contact.ContactID is { } id && existing is null)
        {
            messages.Add($"The contact with ContactID {id} could not be found.");
        }

        if (existing is null && string.IsNullOrWhiteSpace(contact.Name))
        {
            messages.Add("The contact name must be specified.");
        }

        if (contact.Name is { Length: > 255 })
        {
            messages.Add("The contact name must be 255 characters or less.");
        }

        if (!string.IsNullOrWhiteSpace(contact.Name)
            && _contacts.Any(c => c != existing && string.Equals(c.Name, contact.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            messages.Add($"The contact name {contact.Name.Trim()} is already assigned to another contact. The contact name must be unique across all active contacts.");
        }

        if (contact.EmailAddress is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            messages.Add("Email address must be valid.");
        }

        if (contact.ContactNumber is { Length: > 50 })
        {
            messages.Add("The Contact Number must be 50 characters or less.");
        }

        return messages;
    }

    private Contact CreateContact(Contact input, string? key)
    {
        var contact = new Contact { ContactID = Guid.NewGuid(), ContactStatus = "ACTIVE", Addresses = [], Phones = [], IsCustomer = false };
        Apply(contact, input);
        Record("contact.created", contact.ContactID!.Value.ToString(), contact.ContactNumber, key);
        _contacts.Add(contact);
        return contact;
    }

    private Contact UpdateContact(Contact contact, Contact input, string? key)
    {
        Apply(contact, input);
        Record("contact.updated", contact.ContactID!.Value.ToString(), contact.ContactNumber, key);
        return contact;
    }

    /// <summary>Only the fields sent change (Xero's partial update); lists sent replace the stored ones.</summary>
    private void Apply(Contact contact, Contact input)
    {
        contact.ContactNumber = input.ContactNumber ?? contact.ContactNumber;
        contact.ContactStatus = input.ContactStatus ?? contact.ContactStatus;
        contact.Name = input.Name?.Trim() ?? contact.Name;
        contact.FirstName = input.FirstName ?? contact.FirstName;
        contact.LastName = input.LastName ?? contact.LastName;
        contact.EmailAddress = input.EmailAddress ?? contact.EmailAddress;
        contact.TaxNumber = input.TaxNumber ?? contact.TaxNumber;
        contact.DefaultCurrency = input.DefaultCurrency ?? contact.DefaultCurrency;
        contact.Addresses = input.Addresses ?? contact.Addresses;
        contact.Phones = input.Phones ?? contact.Phones;
        contact.Updated = Now();
        contact.UpdatedDateUTC = XeroDate.Timestamp(contact.Updated);
    }
}
