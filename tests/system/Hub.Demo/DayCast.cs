namespace Hub.Demo;

/// <summary>The people of the scripted day; every name is distinct, as accounting requires unique contact names.</summary>
public static class DayCast
{
    public static readonly Person[] CrmMorning =
    [
        Of("Ada", "Lovelace", "Analytical Engines Ltd"),
        Of("Grace", "Hopper", "Compiler Works Ltd"),
        Of("Katherine", "Johnson", "Trajectory plc"),
        Of("Edsger", "Dijkstra", "Shortest Path BV"),
        Of("Barbara", "Liskov", "Substitution Ltd"),
    ];

    public static readonly Person[] CrmDuringBatchWindow = [Of("Donald", "Knuth", "Literate Programs Ltd"), Of("Frances", "Allen", "Optimising Compilers Ltd")];

    /// <summary>Typed in with a double @: the CRM stores it, the hub's mapping rejects it.</summary>
    public static readonly Person CrmTypo = new("Sam", "Jones", "sam.jones@@example.co.uk", "Typo Trading Ltd");

    public static readonly Person[] WebShoppers = [Of("Tim", "Berners-Lee", "Hypertext Ltd"), Of("Margaret", "Hamilton", "Apollo Guidance Ltd"), Of("Linus", "Torvalds", "Kernel Oy")];

    public static readonly Person WebShopperDuringOutage = Of("Radia", "Perlman", "Spanning Trees Inc");

    public static readonly Person[] LegacyGood = [Of("Charles", "Babbage", ""), Of("John", "von Neumann", ""), Of("Hedy", "Lamarr", ""), Of("Claude", "Shannon", "")];

    public static Dictionary<string, string> LegacyRow(string number, Person person) => new()
    {
        ["CUST_NO"] = number,
        ["FIRST_NAME"] = person.GivenName,
        ["LAST_NAME"] = person.FamilyName,
        ["EMAIL"] = person.Email,
        ["PHONE"] = "020 7946 0018",
        ["ADDRESS"] = "10 Downing Street, London, SW1A 2AA",
        ["STATUS"] = "A",
        ["CHANGED_ON"] = "01/03/2025 09:30",
    };

    private static Person Of(string given, string family, string company) =>
        new(given, family, $"{given}.{family.Replace(' ', '-')}@example.co.uk".ToLowerInvariant(), company);
}
