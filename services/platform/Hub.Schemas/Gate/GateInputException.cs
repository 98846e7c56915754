namespace Hub.Schemas.Gate;

/// <summary>The gate cannot run at all: no contracts folder, an unreadable level file, an unknown git revision.</summary>
public sealed class GateInputException : Exception
{
    public GateInputException()
    {
    }

    public GateInputException(string message)
        : base(message)
    {
    }

    public GateInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
