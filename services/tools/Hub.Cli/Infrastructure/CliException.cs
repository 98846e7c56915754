namespace Hub.Cli.Infrastructure;

/// <summary>Ends a command with a message for the operator and the exit code that classifies it.</summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this(ExitCodes.Failed, "The command failed.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.Failed, message)
    {
    }

    public CliException(string message, Exception innerException)
        : this(ExitCodes.Failed, message, innerException)
    {
    }

    public int ExitCode { get; }

    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);

    public static CliException Failed(string message, Exception? inner = null) => new(ExitCodes.Failed, message, inner);

    public static CliException Unreachable(string message, Exception? inner = null) => new(ExitCodes.Unreachable, message, inner);
}
