using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(6, "六")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    [InlineData(100, "100")]
    public void Numbers_read_as_in_official_documents(int number, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Of(number));
}
