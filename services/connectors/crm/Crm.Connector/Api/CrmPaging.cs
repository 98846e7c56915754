namespace Crm.Connector.Api;

/// <summary>The paging member of a CRM list answer.</summary>
public sealed record CrmPaging(CrmPagingNext? Next);
