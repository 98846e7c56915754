namespace Hub.Messaging.Errors;

/// <summary>Decides whether a handler failure is worth retrying. Replace it to teach the pipeline about a client library's exceptions.</summary>
public interface IErrorClassifier
{
    ErrorKind Classify(Exception exception);
}
