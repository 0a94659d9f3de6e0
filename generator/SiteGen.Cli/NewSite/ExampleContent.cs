using System.Globalization;
using SiteGen.Format;

namespace SiteGen.Cli.NewSite;

/// <summary>
/// The example disclosure and project of a new site: every required field and the common optional ones, each with a
/// comment saying what it is, values marked 示例. They pass <c>sitegen check</c> as they are, so a renamed copy of the
/// example folder builds at once and the person changes values, not syntax.
/// </summary>
internal static class ExampleContent
{
    /// <summary>The example's folder: left out of the site by its leading _ until it is renamed.</summary>
    public const string Folder = "_示例-100001-示例局";

    public const string ProjectFile = "1-示例项目.yml";

    public static string Disclosure(int year)
    {
        var d = ContentFormat.Disclosure;
        var dept = ContentFormat.Department;
        var goals = ContentFormat.OverallGoals;
        var measures = ContentFormat.Measures;
        var map = new ContentMap(d)
            .Set(d.Year, year.ToString(CultureInfo.InvariantCulture)).Comment(d.Year, "预算年度（整数）")
            .Set(d.Framework, year >= 2021 ? "2021" : "2020").Comment(d.Framework, "指标体系：2021 年起用 2021，2020 年及以前用 2020")
            .Set(d.Department, new ContentMap(dept)
                .Set(dept.Code, "100001").Comment(dept.Code, "部门编码：纯数字要加英文引号；它会成为网址的一部分")
                .Set(dept.Name, "示例县示例局").Comment(dept.Name, "部门全称（示例，请改为本部门全称）")
                .Set(dept.ShortName, "示例局").Comment(dept.ShortName, "简称（可省略）"))
            .Set(d.MoneyUnit, "万元").Comment(d.MoneyUnit, "金额单位：万元 或 元")
            .Set(d.OverallGoals, new ContentMap(goals)
                .Set(goals.Intro, "示例：本局今年的总体绩效目标有以下几点：").Comment(goals.Intro, "引言（可省略），原文照录")
                .Set(goals.Items, ["示例：按时完成本年度的各项工作任务。", "示例：提升服务质量和群众满意度。"])
                .Comment(goals.Items, "各条目标：每条以“- ”开头（减号后有一个空格），页面自动编号“一是、二是……”，这里不要写编号"))
            .Set(d.Measures, new ContentMap(measures)
                .Set(measures.Items, ["示例：加强组织领导，明确责任分工。"]).Comment(measures.Items, "工作保障措施（可省略）"));
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../", "disclosure.schema.json"),
            "示例：一个部门一个年度的公开文档（第一部分：部门整体绩效目标）。",
            $"这个文件夹的名称以 _ 开头，所以不会发布。复制整个文件夹，改名为“部门编码-部门名称”（去掉开头的 _），再改其中的内容。");
    }

    public static string Project()
    {
        var p = ContentFormat.Project;
        var budget = ContentFormat.Budget;
        var checkpoint = ContentFormat.Checkpoint;
        var map = new ContentMap(p)
            .Set(p.Code, "100001-0001").Comment(p.Code, "项目编码：字母、数字、- _ .；同一份文档中不能重复")
            .Set(p.Name, "示例项目运行经费").Comment(p.Name, "项目名称")
            .Set(p.Budget, new ContentMap(budget)
                .Set(budget.Total, "12.50").Set(budget.Fiscal, "10.00").Set(budget.Other, "2.50"))
            .Comment(p.Budget, "预算规模：预算数 = 财政资金 + 其他资金，数字按原表写（10.00 就写 10.00），不写单位")
            .Set(p.Purpose, "示例：用于本项目的日常运行。\n可以写多行，也可以用 **加粗** 和[链接](https://www.example.gov.cn/)。")
            .Comment(p.Purpose, "资金用途：“|”下面每行缩进两个空格")
            .Set(p.SpendingPlan, [
                new ContentMap(checkpoint).Set(checkpoint.Checkpoint, "6月底").Set(checkpoint.Percent, "50.00"),
                new ContentMap(checkpoint).Set(checkpoint.Checkpoint, "12月底").Set(checkpoint.Percent, "100.00"),
            ])
            .Comment(p.SpendingPlan, "资金支出计划（可省略）：累计百分比，最后一个节点是 100")
            .Set(p.Goals, ["示例：按时完成全部工作任务。"]).Comment(p.Goals, "绩效目标：每条以“- ”开头")
            .Set(p.Indicators, [
                Indicator("成本指标", "经济成本指标", "单次活动成本", "≤2.5万元"),
                Indicator("产出指标", "数量指标", "完成活动次数", "≥12次"),
                Indicator("效益指标", "社会效益指标", "群众知晓率", "≥80%"),
                Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
            ])
            .Comment(p.Indicators, "绩效指标：每个指标以“- level1:”开头，其余各行与 level1 对齐");
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../../", "project.schema.json"),
            "示例：一个预算项目的绩效目标表（第二部分）。每个项目一个文件，按文件名排序发布：1-、2-……");
    }

    private static ContentMap Indicator(string level1, string level2, string name, string target)
    {
        var i = ContentFormat.Indicator;
        return new ContentMap(i).Set(i.Level1, level1).Set(i.Level2, level2).Set(i.Name, name)
            .Set(i.Description, "示例：" + name).Set(i.Target, target).Set(i.Basis, "示例：《某某管理办法》");
    }
}
