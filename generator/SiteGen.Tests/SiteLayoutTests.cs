namespace SiteGen.Tests;

/// <summary>The site's folders found from one another, with Windows paths (backslashes, drive letters, Chinese names) as well.</summary>
public sealed class SiteLayoutTests
{
    [Theory]
    [InlineData("content", '/', "templates")]
    [InlineData("content/", '/', "templates")]
    [InlineData("/srv/县财政局/网站/content", '/', "/srv/县财政局/网站/templates")]
    [InlineData("../网站/content", '/', "../网站/templates")]
    [InlineData(".", '/', "./../templates")]
    [InlineData(@"D:\县财政局\预算公开\content", '\\', @"D:\县财政局\预算公开\templates")]
    [InlineData(@"D:\县财政局\预算公开\content\", '\\', @"D:\县财政局\预算公开\templates")]
    [InlineData(@"D:/县财政局/预算公开/content", '\\', @"D:/县财政局/预算公开/templates")]
    [InlineData(@"content", '\\', "templates")]
    [InlineData(@"..\网站 (副本)\content", '\\', @"..\网站 (副本)\templates")]
    [InlineData(@"\\fileserver\公开\content", '\\', @"\\fileserver\公开\templates")]
    public void The_templates_folder_is_beside_the_content_folder(string content, char separator, string templates) =>
        Assert.Equal(templates, SiteLayout.Beside(content, SiteLayout.TemplatesFolder, separator));
}
