using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>Writes the corpus's site.yml and the images it names.</summary>
internal static class SiteFileGenerator
{
    private const string Logo = "images/logo.svg", Badge = "images/badge.svg", Favicon = "images/favicon.svg";

    /// <summary>site.yml, then the footer's images, drawn as SVG text so the corpus stays text (and clearly not the real badge).</summary>
    public static IEnumerable<SampleFile> Generate(SampleOptions options)
    {
        yield return SiteFile(options);
        yield return new SampleFile(Logo, Svg(64, 64, "<circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"#b22222\"/><text x=\"32\" y=\"42\" font-size=\"28\" text-anchor=\"middle\" fill=\"#ffd700\">虚</text>"));
        yield return new SampleFile(Badge, Svg(110, 55, "<rect width=\"110\" height=\"55\" fill=\"#c00\"/><text x=\"55\" y=\"24\" font-size=\"13\" text-anchor=\"middle\" fill=\"#fff\">示例标识</text><text x=\"55\" y=\"44\" font-size=\"11\" text-anchor=\"middle\" fill=\"#fff\">非真实标识</text>"));
        yield return new SampleFile(Favicon, Svg(32, 32, "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#b22222\"/><text x=\"16\" y=\"23\" font-size=\"18\" text-anchor=\"middle\" fill=\"#fff\">虚</text>"));
    }

    private static string Svg(int width, int height, string body) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">{body}</svg>\n";

    private static SampleFile SiteFile(SampleOptions options)
    {
        var s = ContentFormat.Site;
        var site = new ContentMap(s)
            .Set(s.Title, "虚构省预算绩效目标公开（示例数据）")
            .Set(s.Authority, "虚构省财政厅")
            .Set(s.BaseUrl, "https://www.example.gov.cn/sample/")
            .Set(s.Language, "zh-CN")
            .Set(s.Description, $"本站由 `sitegen sample` 生成，共 **{options.Departments} 个虚构部门**、{options.Years} 个年度，用于测试和性能评估，[不是真实的公开内容](https://www.example.gov.cn/sample/about.html)。");
        // Every government footer item, the images among them drawn above.
        var contact = ContentFormat.Contact;
        var badge = ContentFormat.ConacBadge;
        site.Set(s.SiteCode, "9999000001")
            .Set(s.Icp, "虚ICP备00000000号")
            .Set(s.PoliceRecord, "虚公网安备 99990002000001号")
            .Set(s.Contact, new ContentMap(contact).Set(contact.Phone, "0000-0000000").Set(contact.Email, "sample@example.gov.cn").Set(contact.Address, "虚构省虚构市人民路1号"))
            .Set(s.ErrorReportUrl, "https://www.example.gov.cn/sample/errors.html")
            .Set(s.Sponsor, "虚构省人民政府办公厅")
            .Set(s.Organizer, "虚构省财政厅信息中心")
            .Set(s.Logo, Logo)
            .Set(s.ConacBadge, new ContentMap(badge).Set(badge.Image, Badge).Set(badge.Url, "https://www.example.gov.cn/sample/badge.html"))
            .Set(s.Favicon, Favicon);
        return new SampleFile(SampleCorpus.SiteFile, ContentYaml.Write(site,
            ContentYaml.SchemaComment("", "site.schema.json"),
            $"虚构的示例站点（sitegen sample --departments {options.Departments} --years {options.Years} --seed {options.Seed}）：机关和数据均为虚构"));
    }
}
