using Hub.Messaging.Errors;

namespace Hub.Mapping;

/// <summary>A record failed its mapping. Permanent: the same data fails the same way on every retry.</summary>
public sealed class MappingRejectedException : PermanentEventException
{
    public const string Reason = "mapping-rejected";

    public MappingRejectedException(string mapping, IReadOnlyList<MappingIssue> rejections)
        : base(Reason, $"{mapping}: record rejected: {string.Join("; ", rejections)}")
    {
        Rejections = rejections;
    }

    public IReadOnlyList<MappingIssue> Rejections { get; }
}
