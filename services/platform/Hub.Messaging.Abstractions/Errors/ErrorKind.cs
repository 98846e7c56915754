namespace Hub.Messaging.Errors;

public enum ErrorKind
{
    Transient,
    Permanent,
}
