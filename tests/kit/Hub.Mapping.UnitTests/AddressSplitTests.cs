namespace Hub.Mapping.UnitTests;

public class AddressSplitTests
{
    private static readonly RecordMapper Mapper = MappingFiles.Field("format: { type: address-split, country: GB, country-from: country }");

    private static Dictionary<string, object?> Split(string address, string? country = null)
    {
        var result = Mapper.MapOne(address, ("country", country));
        result.Issues.Should().BeEmpty();
        return (Dictionary<string, object?>)result.Out()!;
    }

    [Fact]
    public void Map_UkAddressWithTownAndPostcode_Splits()
    {
        Split("10 Downing Street, London, sw1a2aa").Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["line1"] = "10 Downing Street", ["line2"] = null, ["postalCode"] = "SW1A 2AA", ["city"] = "London", ["region"] = null, ["countryCode"] = "GB",
        });
    }

    [Fact]
    public void Map_UkAddressOnLinesWithCountyAndCountry_SplitsAndKeepsCounty()
    {
        var address = Split("Flat 2\n14 Market Place\nReading\nBerkshire\nRG1 2EQ\nUnited Kingdom");

        address["line1"].Should().Be("Flat 2");
        address["line2"].Should().Be("14 Market Place");
        address["city"].Should().Be("Reading");
        address["region"].Should().Be("Berkshire");
        address["postalCode"].Should().Be("RG1 2EQ");
    }

    [Fact]
    public void Map_UkTownAndPostcodeOnOneLine_Splits()
    {
        var address = Split("1 Deansgate, Manchester M3 1AZ");

        (address["city"], address["postalCode"]).Should().Be(("Manchester", "M3 1AZ"));
    }

    [Theory]
    [InlineData("Musterstraße 12, 10115 Berlin", "Musterstraße 12", null)]
    [InlineData("c/o Muster GmbH\nHauptstr. 5a\nD-80331 München\nDeutschland", "c/o Muster GmbH", "Hauptstr. 5a")]
    [InlineData("Musterstraße 12 10115 Berlin", "Musterstraße 12", null)]
    public void Map_GermanAddress_Splits(string text, string line1, string? line2)
    {
        var address = Split(text, "DE");

        (address["line1"], address["line2"], address["countryCode"]).Should().Be((line1, line2, "DE"));
        address["postalCode"].Should().BeOneOf("10115", "80331");
    }

    [Theory]
    [InlineData("10 Downing Street London", "GB")] // no postcode
    [InlineData("10 Downing Street London SW1A 2AA", "GB")] // no commas: street and town cannot be told apart
    [InlineData("A, B, C, London, SW1A 2AA", "GB")] // three street lines
    [InlineData("Musterstraße 12, Berlin", "DE")] // no PLZ
    [InlineData("1 Rue de Rivoli, 75001 Paris", "FR")] // unsupported country
    public void Map_AddressItCannotParse_Rejects(string text, string country)
    {
        var result = Mapper.MapOne(text, ("country", country));

        result.IsRejected.Should().BeTrue();
        result.Rejections.Single().Rule.Should().Be("address-split");
    }
}
