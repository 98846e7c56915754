using System.Globalization;

namespace Crm.Sandbox.Contacts;

/// <summary>In-memory contacts with unique email and external id, like the CRM's unique-value properties.</summary>
public sealed class ContactStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Contact> _contacts = new(StringComparer.Ordinal);

    // Ids start from the clock so a restarted sandbox never reuses the ids of an earlier run.
    private long _nextId = time.GetUtcNow().ToUnixTimeMilliseconds();

    public IReadOnlyList<Contact> All()
    {
        lock (_gate)
        {
            return _contacts.Values.OrderBy(c => c.CreatedAt).ToList();
        }
    }

    public Contact? Find(string idOrValue, string? idProperty = null)
    {
        lock (_gate)
        {
            return idProperty is null or "hs_object_id"
                ? _contacts.GetValueOrDefault(idOrValue)
                : _contacts.Values.FirstOrDefault(c => string.Equals(c.Properties.GetValueOrDefault(idProperty), idOrValue, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <returns>The new contact, or the contact that already has the email (a 409 in the API).</returns>
    public (Contact? Created, Contact? Existing) TryCreate(IReadOnlyDictionary<string, string?> properties)
    {
        lock (_gate)
        {
            if (properties.GetValueOrDefault("email") is { Length: > 0 } email && Find(email, "email") is { } existing)
            {
                return (null, existing);
            }

            return (Create(properties), null);
        }
    }

    private Contact Create(IReadOnlyDictionary<string, string?> properties)
    {
        lock (_gate)
        {
            var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            var now = HubSpotDates.ToMilliseconds(time.GetUtcNow());
            var props = new Dictionary<string, string?>(properties, StringComparer.Ordinal)
            {
                ["hs_object_id"] = id,
                ["createdate"] = HubSpotDates.Text(now),
                ["lastmodifieddate"] = HubSpotDates.Text(now),
            };
            var contact = new Contact(id, props, now, now);
            _contacts[id] = contact;
            return contact;
        }
    }

    /// <returns>The updated contact and the properties whose value changed.</returns>
    public (Contact Contact, IReadOnlyDictionary<string, string?> Changed)? TryUpdate(string id, IReadOnlyDictionary<string, string?> properties)
    {
        lock (_gate)
        {
            return _contacts.ContainsKey(id) ? Update(id, properties) : null;
        }
    }

    private (Contact Contact, IReadOnlyDictionary<string, string?> Changed) Update(string id, IReadOnlyDictionary<string, string?> properties)
    {
        lock (_gate)
        {
            var existing = _contacts[id];

            // Milliseconds, as HubSpot keeps them; two changes within one millisecond still get distinct versions.
            var now = HubSpotDates.ToMilliseconds(time.GetUtcNow());
            now = now > existing.UpdatedAt ? now : existing.UpdatedAt.AddMilliseconds(1);
            var props = new Dictionary<string, string?>(existing.Properties, StringComparer.Ordinal);
            var changed = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, value) in properties)
            {
                if (!string.Equals(props.GetValueOrDefault(name), value, StringComparison.Ordinal))
                {
                    props[name] = value;
                    changed[name] = value;
                }
            }

            if (changed.Count == 0)
            {
                // Writing the values a contact already has is no change: no new version, no webhook.
                return (existing, changed);
            }

            props["lastmodifieddate"] = HubSpotDates.Text(now);
            var contact = existing with { Properties = props, UpdatedAt = now };
            _contacts[id] = contact;
            return (contact, changed);
        }
    }

    /// <summary>Creates or updates the contact whose <paramref name="idProperty"/> equals <paramref name="value"/>, atomically.</summary>
    public (Contact Contact, bool Created, IReadOnlyDictionary<string, string?> Changed) Upsert(string idProperty, string value, IReadOnlyDictionary<string, string?> properties)
    {
        lock (_gate)
        {
            var existing = Find(value, idProperty);
            if (existing is null)
            {
                var withKey = new Dictionary<string, string?>(properties, StringComparer.Ordinal) { [idProperty] = value };
                return (Create(withKey), true, withKey);
            }

            var (contact, changed) = Update(existing.Id, properties);
            return (contact, false, changed);
        }
    }
}
