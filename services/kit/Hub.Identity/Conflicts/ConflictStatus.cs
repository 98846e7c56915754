namespace Hub.Identity;

public enum ConflictStatus
{
    Pending,
    Accepted,
    Rejected,
}
