namespace Hub.Mapping.UnitTests;

public class PhoneFormatTests
{
    private static readonly RecordMapper Uk = MappingFiles.Field("format: { type: phone, region: GB, region-from: country, invalid: reject }");

    [Theory]
    [InlineData("020 7946 0018")]
    [InlineData("+44 (0)20 7946 0018")]
    [InlineData("+44 20 7946 0018")]
    [InlineData("0044 20 7946 0018")]
    [InlineData("(020) 7946-0018")]
    public void Map_UkNumberWrittenAnyWay_GivesE164(string input)
    {
        var result = Uk.MapOne(input);

        result.Issues.Should().BeEmpty();
        result.Out().Should().Be("+442079460018");
    }

    [Fact]
    public void Map_GermanNationalNumberWithRegionDe_GivesE164()
    {
        var mapper = MappingFiles.Field("format: { type: phone, region: DE, invalid: reject }");

        mapper.MapOne("030 901820").Out().Should().Be("+4930901820");
    }

    [Fact]
    public void Map_NationalNumberWithCountryFromRecord_ReadsItInThatCountry()
    {
        Uk.MapOne("089 12345678", ("country", "DE")).Out().Should().Be("+498912345678");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("not a number")]
    [InlineData("020 7946 001")]
    public void Map_InvalidNumber_Rejects(string input)
    {
        var result = Uk.MapOne(input);

        result.IsRejected.Should().BeTrue();
        result.Rejections.Single().Rule.Should().Be("phone");
    }

    [Fact]
    public void Map_InvalidNumberWithKeepRaw_KeepsTextWithWarning()
    {
        var mapper = MappingFiles.Field("format: { type: phone, region: GB, invalid: keep-raw }");

        var result = mapper.MapOne("ext. 12");

        result.Out().Should().Be("ext. 12");
        result.IsRejected.Should().BeFalse();
        result.Warnings.Should().ContainSingle();
    }
}
