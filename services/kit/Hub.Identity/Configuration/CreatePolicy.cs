namespace Hub.Identity;

/// <summary>What a field's ownership means for a record the target system does not have yet (<c>on-create</c>).</summary>
public enum CreatePolicy
{
    /// <summary>The new record gets the event's value whoever sent it: creating a record overwrites nobody's value.</summary>
    Write,

    /// <summary>The field's policy applies as on an update, e.g. only the ERP sets a credit limit, even on a new partner.</summary>
    AsUpdate,
}
