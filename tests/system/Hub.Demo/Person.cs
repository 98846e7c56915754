namespace Hub.Demo;

/// <summary>A customer of the scripted day, as the systems know them (e-mail is the identity match key).</summary>
public sealed record Person(string GivenName, string FamilyName, string Email, string Company)
{
    public string FullName => $"{GivenName} {FamilyName}";
}
