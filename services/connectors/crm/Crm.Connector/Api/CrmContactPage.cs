namespace Crm.Connector.Api;

/// <summary>A page of the contacts list: { results, paging: { next: { after } } } (no paging on the last page).</summary>
public sealed record CrmContactPage(IReadOnlyList<CrmContact> Results, CrmPaging? Paging)
{
    /// <summary>The cursor of the next page, or null on the last.</summary>
    public string? NextAfter => Paging?.Next?.After;
}
