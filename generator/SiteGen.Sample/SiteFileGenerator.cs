using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>Writes the corpus's site.yml.</summary>
internal static class SiteFileGenerator
{
    public static SampleFile Generate(SampleOptions options)
    {
        var s = ContentFormat.Site;
        var site = new ContentMap(s)
            .Set(s.Title, "虚构省预算绩效目标公开（示例数据）")
            .Set(s.Authority, "虚构省财政厅")
            .Set(s.BaseUrl, "https://www.example.gov.cn/sample/")
            .Set(s.Language, "zh-CN")
            .Set(s.Description, $"本站由 `sitegen sample` 生成，共 **{options.Departments} 个虚构部门**、{options.Years} 个年度，用于测试和性能评估，[不是真实的公开内容](https://www.example.gov.cn/sample/about.html)。");
        // The government footer's text items (images need files a text corpus does not carry).
        var contact = ContentFormat.Contact;
        site.Set(s.SiteCode, "9999000001")
            .Set(s.Icp, "虚ICP备00000000号")
            .Set(s.PoliceRecord, "虚公网安备 99990002000001号")
            .Set(s.Contact, new ContentMap(contact).Set(contact.Phone, "0000-0000000").Set(contact.Email, "sample@example.gov.cn").Set(contact.Address, "虚构省虚构市人民路1号"))
            .Set(s.ErrorReportUrl, "https://www.example.gov.cn/sample/errors.html")
            .Set(s.Organizer, "虚构省财政厅信息中心");
        return new SampleFile(SampleCorpus.SiteFile, ContentYaml.Write(site,
            ContentYaml.SchemaComment("", "site.schema.json"),
            $"虚构的示例站点（sitegen sample --departments {options.Departments} --years {options.Years} --seed {options.Seed}）：机关和数据均为虚构"));
    }
}
