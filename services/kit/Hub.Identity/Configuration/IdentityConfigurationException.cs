namespace Hub.Identity;

/// <summary>The ownership file is invalid; the message lists every problem.</summary>
public sealed class IdentityConfigurationException(string message) : Exception(message);
