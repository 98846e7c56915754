using Crm.Sandbox.Webhooks;
using Microsoft.Extensions.Options;

namespace Crm.Sandbox.Contacts;

/// <summary>The CRM v3 contacts endpoints the connector, the tests and the demo use.</summary>
public static class ContactsApi
{
    public const string Base = "/crm/v3/objects/contacts";
    private const string ChangeSource = "API";

    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var contacts = endpoints.MapGroup(Base).AddEndpointFilter(RequireToken);
        contacts.MapPost("/", CreateViaApi);
        contacts.MapGet("/", List);
        contacts.MapGet("/{contactId}", Get);
        contacts.MapPatch("/{contactId}", Update);
        contacts.MapPost("/batch/upsert", BatchUpsert);
        return endpoints;
    }

    private static IResult CreateViaApi(ContactInput? input, ContactStore store, ContactWebhooks webhooks) => Create(input, store, webhooks, ChangeSource);

    /// <param name="changeSource">What the webhook reports as the origin: API for API calls, CRM_UI for the control endpoint.</param>
    internal static IResult Create(ContactInput? input, ContactStore store, ContactWebhooks webhooks, string changeSource)
    {
        var properties = input?.Properties ?? [];
        if (ContactValidation.Problem(properties) is { } problem)
        {
            return HubSpotErrors.Validation(problem);
        }

        var (created, existing) = store.TryCreate(Normalise(properties));
        if (created is null)
        {
            return HubSpotErrors.Conflict(existing!.Id);
        }

        webhooks.Created(created, changeSource);
        return Results.Created($"{Base}/{created.Id}", ContactJson.From(created));
    }

    /// <summary>
    /// GET /crm/v3/objects/contacts?limit=&amp;after=&amp;properties=: contacts in id order, at most 100 a page (HubSpot's
    /// maximum; 10 by default), with paging.next.after naming where the next page starts while there is one.
    /// </summary>
    private static IResult List(int? limit, string? after, string? properties, ContactStore store)
    {
        if (limit is < 1 or > 100)
        {
            return HubSpotErrors.Validation("limit must be between 1 and 100");
        }

        var start = long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
        var names = (properties ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var page = store.All()
            .Select(c => (Contact: c, Id: long.Parse(c.Id, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(c => c.Id >= start)
            .OrderBy(c => c.Id)
            .Take((limit ?? 10) + 1)
            .ToList();
        var more = page.Count > (limit ?? 10);
        var results = page.Take(limit ?? 10).Select(c => ContactJson.From(names.Count == 0 ? c.Contact.Select(ContactProperties.Default) : c.Contact.Select(names))).ToList();
        return Results.Ok(new { results, paging = more ? new { next = new { after = page[^1].Contact.Id } } : null });
    }

    private static IResult Get(string contactId, string? properties, string? idProperty, ContactStore store)
    {
        if (idProperty is not null && idProperty != "hs_object_id" && !ContactProperties.Unique.Contains(idProperty))
        {
            return HubSpotErrors.Validation($"Property '{idProperty}' is not a unique identifier property");
        }

        var contact = store.Find(contactId, idProperty);
        if (contact is null)
        {
            return HubSpotErrors.NotFound();
        }

        var names = string.IsNullOrWhiteSpace(properties)
            ? ContactProperties.Default
            : properties.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Results.Ok(ContactJson.From(contact.Select(names.ToHashSet(StringComparer.Ordinal))));
    }

    private static IResult Update(string contactId, ContactInput? input, ContactStore store, ContactWebhooks webhooks)
    {
        var properties = input?.Properties ?? [];
        if (ContactValidation.Problem(properties) is { } problem)
        {
            return HubSpotErrors.Validation(problem);
        }

        if (properties.GetValueOrDefault("email") is { Length: > 0 } email && store.Find(email, "email") is { } other && other.Id != contactId)
        {
            return HubSpotErrors.Conflict(other.Id);
        }

        if (store.TryUpdate(contactId, Normalise(properties)) is not var (contact, changed))
        {
            return HubSpotErrors.NotFound();
        }

        webhooks.Changed(contact, changed, ChangeSource);
        return Results.Ok(ContactJson.From(contact));
    }

    private static IResult BatchUpsert(BatchUpsertInput? input, ContactStore store, ContactWebhooks webhooks, TimeProvider time)
    {
        var inputs = input?.Inputs ?? [];
        if (inputs.Count == 0 || inputs.Count > 100)
        {
            return HubSpotErrors.Validation("inputs must hold between 1 and 100 records");
        }

        foreach (var item in inputs)
        {
            if (item.IdProperty is null || !ContactProperties.Unique.Contains(item.IdProperty) || string.IsNullOrWhiteSpace(item.Id))
            {
                return HubSpotErrors.Validation("Each input needs idProperty (a unique property such as email) and id");
            }

            if (ContactValidation.Problem(new Dictionary<string, string?>(item.Properties ?? []) { [item.IdProperty] = item.Id }) is { } problem)
            {
                return HubSpotErrors.Validation(problem);
            }
        }

        var started = time.GetUtcNow();
        var results = new List<UpsertResult>();
        foreach (var item in inputs)
        {
            var key = item.IdProperty == "email" ? item.Id!.Trim().ToLowerInvariant() : item.Id!;
            var (contact, created, changed) = store.Upsert(item.IdProperty!, key, Normalise(item.Properties ?? []));
            if (created)
            {
                webhooks.Created(contact, ChangeSource);
            }
            else
            {
                webhooks.Changed(contact, changed, ChangeSource);
            }

            results.Add(new UpsertResult(contact.Id, contact.Properties, contact.CreatedAt, contact.UpdatedAt, contact.Archived, created));
        }

        return Results.Ok(new BatchUpsertResult("COMPLETE", results, started, time.GetUtcNow()));
    }

    // HubSpot stores e-mail addresses in lower case.
    private static Dictionary<string, string?> Normalise(IReadOnlyDictionary<string, string?> properties)
    {
        var copy = new Dictionary<string, string?>(properties, StringComparer.Ordinal);
        if (copy.GetValueOrDefault("email") is { } email)
        {
            copy["email"] = email.Trim().ToLowerInvariant();
        }

        return copy;
    }

    private static async ValueTask<object?> RequireToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = context.HttpContext.RequestServices.GetRequiredService<IOptions<CrmSandboxOptions>>().Value.AccessToken;
        if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Headers.Authorization.ToString() != $"Bearer {token}")
        {
            return HubSpotErrors.Unauthorized();
        }

        return await next(context);
    }
}
