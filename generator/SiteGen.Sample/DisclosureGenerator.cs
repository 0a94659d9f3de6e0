using System.Globalization;
using SiteGen.Format;

namespace SiteGen.Sample;

/// <summary>Writes one department's disclosure for one year: its disclosure.yml and 3–8 project files.</summary>
internal static class DisclosureGenerator
{
    public const int MinProjects = 3;
    public const int MaxProjects = 8;

    private static readonly string[] ProjectSuffixes = ["专项资金", "项目", "工作经费", "运行维护费", "补助资金", "能力建设项目"];

    /// <param name="evaluated">Whether the year is over (not the corpus's last), so its projects may carry self-evaluations and mid-year monitoring.</param>
    public static IEnumerable<SampleFile> Generate(SampleDepartment department, int year, long seed, bool evaluated = false)
    {
        // One stream per disclosure: its bytes do not depend on the others, nor on the order they are written.
        var r = Prng.For(seed, department.Index, year);
        var folder = department.Folder(year);
        var inYuan = r.Chance(0.15);
        // The public-information metadata draws from a stream of its own, so adding it changed no other sample byte.
        var info = Prng.For(seed, department.Index, year, PublicInfoStream);
        yield return new SampleFile(folder + "/disclosure.yml", DisclosureFile(r, info, department, year, inYuan));

        var count = r.Between(MinProjects, MaxProjects);
        var names = ProjectNames(r, department, count);
        var continuing = ProjectNames(ContinuingProjects.NameStreamFor(seed, department), department, MaxProjects);
        // Self-evaluations draw from a stream of their own, so adding them changed no other sample byte.
        var evaluation = Prng.For(seed, department.Index, year, EvaluationStream);
        var evaluateThis = evaluated && evaluation.Chance(0.85);
        // Mid-year monitoring too, from its own stream: adding it changed no other sample byte either.
        var monitoring = Prng.For(seed, department.Index, year, MonitoringStream);
        var monitorThis = evaluated && monitoring.Chance(0.8);
        for (var k = 0; k < count; k++)
        {
            var number = (k + 1).ToString(CultureInfo.InvariantCulture);
            var renewed = ContinuingProjects.IsRenewed(seed, department, year, k + 1);
            var (name, topic) = renewed ? names[k] : continuing[k];
            var project = new ProjectGenerator.Context(department, year, k + 1, name, topic, inYuan, renewed ? null : ContinuingProjects.Code(seed, department, k + 1));
            var generated = ProjectGenerator.Generate(r, project);
            yield return new SampleFile($"{folder}/{ProjectFolder}/{number}-{name}.yml", generated.Text);
            if (evaluateThis && evaluation.Chance(0.9))
            {
                yield return new SampleFile($"{folder}/evaluation/{number}-{name}.yml", EvaluationGenerator.Generate(evaluation, project, generated));
            }

            if (monitorThis && monitoring.Chance(0.9))
            {
                yield return new SampleFile($"{folder}/monitoring/{number}-{name}.yml", MonitoringGenerator.Generate(monitoring, project, generated));
            }
        }

        // 部门整体自评 draws from a stream of its own too, so adding it changed no other sample byte.
        var departmentEvaluation = Prng.For(seed, department.Index, year, DepartmentEvaluationStream);
        if (evaluated && departmentEvaluation.Chance(0.6))
        {
            yield return new SampleFile(folder + "/department-evaluation.yml", DepartmentEvaluationGenerator.Generate(departmentEvaluation, department, year));
        }
    }

    /// <summary>The folder of project files, by which a caller tells them from evaluations.</summary>
    public const string ProjectFolder = "projects";

    private const int EvaluationStream = 17;

    private const int DepartmentEvaluationStream = 19;
    private const int MonitoringStream = 18;

    private const int PublicInfoStream = 16;

    private static readonly string[] Categories = ["财政预决算", "预算绩效", "部门预算"];

    private static string DisclosureFile(Prng r, Prng info, SampleDepartment department, int year, bool inYuan)
    {
        var topics = department.Bureau.Topics;
        string Fill(string template) => TextBank.Fill(template, r.Pick(topics), department.Name, year);

        var d = ContentFormat.Disclosure;
        var map = new ContentMap(d).Set(d.Year, year.ToString(CultureInfo.InvariantCulture));
        if (r.Chance(0.5))
        {
            map.Set(d.Framework, year >= 2021 ? "2021" : "2020");
        }

        var dept = ContentFormat.Department;
        var departmentMap = new ContentMap(dept).Set(dept.Code, department.Code).Set(dept.Name, department.Name);
        if (r.Chance(0.7))
        {
            departmentMap.Set(dept.ShortName, department.ShortName);
        }

        map.Set(d.Department, departmentMap).Set(d.MoneyUnit, inYuan ? "元" : "万元");

        var overall = ContentFormat.OverallGoals;
        var goals = new ContentMap(overall);
        if (r.Chance(0.7))
        {
            goals.Set(overall.Intro, Fill(r.Pick(TextBank.OverallIntros)));
        }

        goals.Set(overall.Items, [.. r.PickSome(TextBank.Goals, r.Between(2, 6)).Select(goal =>
        {
            var topic = r.Pick(topics);
            return MarkdownDecor.Paragraph(r, TextBank.Fill(goal, topic, department.Name, year), topic);
        })]);
        map.Set(d.OverallGoals, goals);

        if (r.Chance(0.6))
        {
            var sub = ContentFormat.SubGoal;
            map.Set(d.SubGoals, [.. r.PickSome(topics, r.Between(2, topics.Length)).Select(topic => new ContentMap(sub)
                .Set(sub.Title, topic)
                .Set(sub.Text, MarkdownDecor.Paragraph(r, TextBank.Fill(r.Pick(TextBank.SubGoalTexts), topic, department.Name, year), topic)))]);
        }

        if (r.Chance(0.7))
        {
            var m = ContentFormat.Measures;
            var measures = new ContentMap(m);
            if (r.Chance(0.8))
            {
                measures.Set(m.Intro, Fill(r.Pick(TextBank.MeasureIntros)));
            }

            map.Set(d.Measures, measures.Set(m.Items, [.. r.PickSome(TextBank.Measures, r.Between(2, 5))]));
        }

        PublicInfo(info, map, department, year);
        return ContentYaml.Write(map,
            ContentYaml.SchemaComment("../../", "disclosure.schema.json"),
            "虚构的示例数据（sitegen sample 生成）：部门、项目和数字都不是真实的");
    }

    /// <summary>
    /// 索引号, 文号 and the dates, now and then, each key on its own; published within the 20 days the law allows
    /// (the sample builds without warnings).
    /// </summary>
    private static void PublicInfo(Prng r, ContentMap map, SampleDepartment department, int year)
    {
        if (!r.Chance(0.6))
        {
            return;
        }

        var d = ContentFormat.Disclosure;
        static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var approved = new DateOnly(year, 1, 10).AddDays(r.Below(60));
        var serial = r.Between(1, 99).ToString("D5", CultureInfo.InvariantCulture);
        map.Set(d.IndexNumber, $"{department.Code}/{year}-{serial}");
        if (r.Chance(0.8))
        {
            map.Set(d.Category, r.Pick(Categories));
        }

        if (r.Chance(0.2))
        {
            map.Set(d.Publisher, "虚构省财政厅");
        }

        if (r.Chance(0.5))
        {
            map.Set(d.DocumentNumber, $"虚财预〔{year}〕{r.Between(1, 40)}号");
        }

        map.Set(d.WrittenOn, Date(approved.AddDays(-r.Below(10))));
        map.Set(d.ApprovedOn, Date(approved));
        map.Set(d.PublishedOn, Date(approved.AddDays(r.Below(21))));
    }

    /// <summary>Distinct project names: each a topic of the department's work and a kind of spending.</summary>
    private static List<(string Name, string Topic)> ProjectNames(Prng r, SampleDepartment department, int count)
    {
        var topics = department.Bureau.Topics;
        var pairs = new List<(string, string)>();
        var offset = r.Below(topics.Length * ProjectSuffixes.Length);
        for (var i = 0; i < count; i++)
        {
            // Stepping by a number prime to the pair count visits distinct pairs.
            var pair = (offset + i * 7) % (topics.Length * ProjectSuffixes.Length);
            var topic = topics[pair % topics.Length];
            pairs.Add((topic + ProjectSuffixes[pair / topics.Length], topic));
        }

        return pairs;
    }
}
