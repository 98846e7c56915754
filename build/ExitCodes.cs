namespace Hub.Build;

/// <summary>Exit codes of the build program; 2 follows the shell convention for a usage error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
