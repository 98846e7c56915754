namespace Accounting.Sandbox.Api;

public static class XeroPaths
{
    public const string Root = "/api.xro/2.0";
    public const string SandboxControls = "/_sandbox/accounting";
}
