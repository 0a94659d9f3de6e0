using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>content/site.yml（站点设置）.</summary>
public sealed record SiteFormat : MapFormat
{
    public ContentField Title { get; } = new("title", "站点标题", Text, required: true, "网站标题，显示在每个页面");
    public ContentField Authority { get; } = new("authority", "发布机关", Text, required: true, "发布机关，显示在页头和页脚");
    public ContentField BaseUrl { get; } = new("base_url", "站点发布地址", new TextType(Pattern: "^https?://", Example: "https://www.example.gov.cn/xxgk/jxmb/"), required: true, "网站发布后的完整地址，以 http:// 或 https:// 开头");
    public ContentField Language { get; } = new("language", "页面语言", Text, description: "页面语言，默认 zh-CN");
    public ContentField Description { get; } = new("description", "站点简介", Prose, description: "首页简介（Markdown）");


    // The footer a government page carries (《政府网站发展指引》); each item is shown only when given.
    public ContentField SiteCode { get; } = new("site_code", "网站标识码", new TextType(Pattern: "^[0-9A-Za-z]{10}$", Example: "1305350001"), description: "网站标识码（10 位），显示在页脚");
    public ContentField Icp { get; } = new("icp", "ICP备案编号", new TextType(Example: "冀ICP备12345678号"), description: "ICP备案编号，页脚中链接到工业和信息化部备案管理系统");
    public ContentField PoliceRecord { get; } = new("police_record", "公安机关备案号", new TextType(Example: "冀公网安备 13053502000123号"), description: "公安机关备案号，页脚中链接到全国互联网安全管理服务平台的备案信息");
    public ContentField Contact { get; } = new("contact", "联系方式", ContentFormat.Contact, description: "联系方式：phone、email、address，显示在页脚");
    public ContentField ErrorReportUrl { get; } = new("error_report_url", "我为政府网站找错", WebAddress, description: "“我为政府网站找错”入口的地址（http:// 或 https://）");
    public ContentField Sponsor { get; } = new("sponsor", "主办单位", Text, description: "主办单位，与发布机关不同时填写（不写时页脚显示发布机关）");
    public ContentField Organizer { get; } = new("organizer", "承办单位", Text, description: "承办单位（网站的具体运维单位）");
    public ContentField Logo { get; } = new("logo", "网站标志", LocalImage, description: "页头标志：content/ 下的本地图片文件，复制到网站中；不写 favicon 时也用作网页图标");
    public ContentField ConacBadge { get; } = new("conac_badge", "党政机关网站标识", ContentFormat.ConacBadge, description: "党政机关网站标识：本地图片 image 和注册信息页 url（官方标识脚本来自其他网站，被本站的安全策略禁止）");
    public ContentField Favicon { get; } = new("favicon", "网页图标", LocalImage, description: "浏览器标签上的网页图标：content/ 下的本地图片文件（不写时用 logo）");

    public ContentField Review { get; } = new("review", "审核检查", ContentFormat.Review, description: "sitegen review 的检查开关：每项写 false 即关闭，都不写时全部检查；publish: true 时审核报告也随网站发布");

    internal SiteFormat()
        : base("site.yml") => Define(Title, Authority, BaseUrl, Language, Description, SiteCode, Icp, PoliceRecord, Contact, ErrorReportUrl, Sponsor, Organizer, Logo, ConacBadge, Favicon, Review);
}
