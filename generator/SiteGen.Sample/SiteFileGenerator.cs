namespace SiteGen.Sample;

/// <summary>Writes the corpus's site.yml.</summary>
internal static class SiteFileGenerator
{
    public static SampleFile Generate(SampleOptions options)
    {
        var yaml = new YamlWriter();
        yaml.Comment($"虚构的示例站点（sitegen sample --departments {options.Departments} --years {options.Years} --seed {options.Seed}）：机关和数据均为虚构");
        yaml.Text("title", "虚构省预算绩效目标公开（示例数据）");
        yaml.Text("authority", "虚构省财政厅");
        yaml.Text("base_url", "https://www.example.gov.cn/sample/");
        yaml.Text("language", "zh-CN");
        yaml.Prose("description", $"本站由 `sitegen sample` 生成，共 **{options.Departments} 个虚构部门**、{options.Years} 个年度，用于测试和性能评估，[不是真实的公开内容](https://www.example.gov.cn/sample/about.html)。");
        return new SampleFile(Sample.SampleCorpus.SiteFile, yaml.ToString());
    }
}
