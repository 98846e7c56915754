using Hub.Build.DevStack;

namespace Hub.Build.UnitTests;

public class StackStateTests
{
    [Fact]
    public void Parse_DevHostState_ReadsPidAndKeepsEveryValue()
    {
        var state = StackState.Parse("""{"bootstrapServers":"127.0.0.1:9092","redis":"127.0.0.1:6379","pid":123,"controlUrl":"http://x","topics":4}""");

        state.Should().NotBeNull();
        state!.Pid.Should().Be(123);
        state.Get("bootstrapServers").Should().Be("127.0.0.1:9092");
        state.Get("topics").Should().Be("4");
        state.Values.Select(v => v.Key).Should().Equal("bootstrapServers", "redis", "pid", "controlUrl", "topics");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"bootstrapServers\":\"127.0.0.1:9092\"")]
    [InlineData("{\"redis\":\"x\"}")]
    [InlineData("{\"pid\":\"not a number\"}")]
    [InlineData("[1,2]")]
    public void Parse_HalfWrittenOrIncomplete_ReturnsNull(string json)
    {
        StackState.Parse(json).Should().BeNull();
    }

    [Fact]
    public void TryRead_MissingFile_ReturnsNull()
    {
        StackState.TryRead(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "stack.json")).Should().BeNull();
    }
}
