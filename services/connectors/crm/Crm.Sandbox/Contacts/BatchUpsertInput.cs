namespace Crm.Sandbox.Contacts;

public sealed record BatchUpsertInput(List<UpsertInput>? Inputs);
