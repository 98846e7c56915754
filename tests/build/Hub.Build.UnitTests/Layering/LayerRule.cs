namespace Hub.Build.UnitTests.Layering;

/// <summary>
/// Projects that <paramref name="AppliesTo"/> must not reach, directly or through their project references, a project
/// or package that <paramref name="Forbidden"/> matches. <paramref name="Why"/> goes into the failure message.
/// </summary>
public sealed record LayerRule(string Name, Func<ProjectNode, bool> AppliesTo, Func<string, bool> Forbidden, string Why);
