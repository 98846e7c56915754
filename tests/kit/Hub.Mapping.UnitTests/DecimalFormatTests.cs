namespace Hub.Mapping.UnitTests;

public class DecimalFormatTests
{
    [Theory]
    [InlineData("half-even", "2.345", "2.34")]
    [InlineData("half-even", "2.355", "2.36")]
    [InlineData("half-up", "2.345", "2.35")]
    [InlineData("down", "2.349", "2.34")]
    [InlineData("floor", "-2.341", "-2.35")]
    [InlineData("ceiling", "2.341", "2.35")]
    public void Map_Rounding_FollowsNamedMode(string rounding, string input, string expected)
    {
        var mapper = MappingFiles.Field($"format: {{ type: decimal, scale: 2, rounding: {rounding} }}");

        mapper.MapOne(input).Out().Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(".", "1,234.5", 1234.5)]
    [InlineData(",", "1.234,5", 1234.5)]
    [InlineData(",", "12,75", 12.75)]
    public void Map_TextWithSeparators_ReadsAmount(string separator, string input, double expected)
    {
        var mapper = MappingFiles.Field($"format: {{ type: decimal, scale: 2, decimal-separator: '{separator}' }}");

        mapper.MapOne(input).Out().Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("1,5")] // a comma in the wrong place is not a thousands separator
    [InlineData("12.5.1")]
    [InlineData("£12.50")]
    public void Map_AmbiguousOrForeignText_Rejects(string input)
    {
        MappingFiles.Field("format: { type: decimal, scale: 2 }").MapOne(input).IsRejected.Should().BeTrue();
    }

    [Fact]
    public void Map_MissingWithDefault_TheDefaultIsTypedByTheFormatToo()
    {
        var result = MappingFiles.Field("default: \"0\"\nformat: { type: decimal, scale: 2 }").MapOne(null);

        result.IsRejected.Should().BeFalse();
        result.Out().Should().Be(0m, "the field's consumers get one type, whether the value came from the record or the default");
    }

    [Fact]
    public void Map_MissingWithADefaultTheFormatRefuses_Rejects()
    {
        MappingFiles.Field("default: none\nformat: { type: decimal, scale: 2 }").MapOne(" ").IsRejected.Should().BeTrue();
    }

    [Fact]
    public void Map_DoubleInput_KeepsShortestDecimal()
    {
        MappingFiles.Field("format: { type: decimal, scale: 4 }").MapOne(0.1d).Out().Should().Be(0.1m);
    }

    [Theory]
    [InlineData("JPY", "1234.5", "1234")]
    [InlineData("GBP", "1234.555", "1234.56")]
    [InlineData("KWD", "1.23456", "1.235")]
    public void Map_ScaleFromCurrency_UsesIsoMinorUnits(string currency, string input, string expected)
    {
        var mapper = MappingFiles.Field("format: { type: decimal, scale: currency, currency-from: ccy, output: money }");

        var money = (Dictionary<string, object?>)mapper.MapOne(input, ("ccy", currency)).Out()!;

        money["amount"].Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        money["currency"].Should().Be(currency);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("pounds")]
    public void Map_UnknownCurrencyInRecord_Rejects(string currency)
    {
        var mapper = MappingFiles.Field("format: { type: decimal, scale: 2, currency-from: ccy, output: money }");

        var result = mapper.MapOne("10", ("ccy", currency));

        result.Rejections.Single().Message.Should().Contain("ISO 4217");
    }

    [Fact]
    public void Map_CurrencyMissingInRecord_FallsBackToConfiguredCurrency()
    {
        var mapper = MappingFiles.Field("format: { type: decimal, scale: 2, currency: EUR, currency-from: ccy, output: money }");

        var money = (Dictionary<string, object?>)mapper.MapOne("10")!.Out()!;

        money["currency"].Should().Be("EUR");
    }
}
