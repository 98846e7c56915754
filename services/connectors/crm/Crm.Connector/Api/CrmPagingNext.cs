namespace Crm.Connector.Api;

/// <summary>Where the next page of a CRM list starts.</summary>
public sealed record CrmPagingNext(string After);
