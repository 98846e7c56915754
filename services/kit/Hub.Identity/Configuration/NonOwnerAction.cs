namespace Hub.Identity;

/// <summary>What <see cref="OwnershipPolicy.SourceWins"/> does with a change from a system that does not own the field.</summary>
public enum NonOwnerAction
{
    Reject,
    Queue,
}
