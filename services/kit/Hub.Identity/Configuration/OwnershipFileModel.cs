namespace Hub.Identity;

// The shape of contracts/ownership.yaml as YamlDotNet reads it; validated into IdentityConfiguration.
internal sealed class OwnershipFileModel
{
    public List<string>? Systems { get; set; }

    public Dictionary<string, EntityModel?>? Entities { get; set; }

    internal sealed class EntityModel
    {
        public string? Authority { get; set; }

        public List<string>? AlsoCreatedBy { get; set; }

        public List<MatchKeyModel>? MatchKeys { get; set; }

        public string? UnlistedFields { get; set; }

        public Dictionary<string, FieldModel?>? Fields { get; set; }
    }

    internal sealed class MatchKeyModel
    {
        public string? Name { get; set; }

        public string? Normalize { get; set; }
    }

    internal sealed class FieldModel
    {
        public string? Owner { get; set; }

        public string? Policy { get; set; }

        public string? NonOwner { get; set; }

        public string? OnCreate { get; set; }
    }
}
