using System.Globalization;

namespace SiteGen.Sample;

/// <summary>Writes one department's disclosure for one year: its disclosure.yml and 3–8 project files.</summary>
internal static class DisclosureGenerator
{
    public const int MinProjects = 3;
    public const int MaxProjects = 8;

    private static readonly string[] ProjectSuffixes = ["专项资金", "项目", "工作经费", "运行维护费", "补助资金", "能力建设项目"];

    public static IEnumerable<SampleFile> Generate(SampleDepartment department, int year, long seed)
    {
        // One stream per disclosure: its bytes do not depend on the others, nor on the order they are written.
        var r = Prng.For(seed, department.Index, year);
        var folder = department.Folder(year);
        var inYuan = r.Chance(0.15);
        yield return new SampleFile(folder + "/disclosure.yml", DisclosureFile(r, department, year, inYuan));

        var count = r.Between(MinProjects, MaxProjects);
        var names = ProjectNames(r, department, count);
        for (var k = 0; k < count; k++)
        {
            var number = (k + 1).ToString(CultureInfo.InvariantCulture);
            var project = new ProjectGenerator.Context(department, year, k + 1, names[k].Name, names[k].Topic, inYuan);
            yield return new SampleFile($"{folder}/projects/{number}-{names[k].Name}.yml", ProjectGenerator.Generate(r, project));
        }
    }

    private static string DisclosureFile(Prng r, SampleDepartment department, int year, bool inYuan)
    {
        var topics = department.Bureau.Topics;
        string Fill(string template) => TextBank.Fill(template, r.Pick(topics), department.Name, year);

        var yaml = new YamlWriter();
        yaml.Comment("虚构的示例数据（sitegen sample 生成）：部门、项目和数字都不是真实的");
        yaml.Plain("year", year.ToString(CultureInfo.InvariantCulture));
        if (r.Chance(0.5))
        {
            yaml.Plain("framework", year >= 2021 ? "2021" : "2020");
        }

        yaml.BeginMap("department");
        yaml.Text("code", department.Code);
        yaml.Text("name", department.Name);
        if (r.Chance(0.7))
        {
            yaml.Text("short_name", department.ShortName);
        }

        yaml.End();
        yaml.Text("money_unit", inYuan ? "元" : "万元");

        yaml.BeginMap("overall_goals");
        if (r.Chance(0.7))
        {
            yaml.Prose("intro", Fill(r.Pick(TextBank.OverallIntros)));
        }

        yaml.BeginList("items");
        foreach (var goal in r.PickSome(TextBank.Goals, r.Between(2, 6)))
        {
            var topic = r.Pick(topics);
            yaml.ProseItem(MarkdownDecor.Paragraph(r, TextBank.Fill(goal, topic, department.Name, year), topic));
        }

        yaml.End();
        yaml.End();

        if (r.Chance(0.6))
        {
            yaml.BeginList("sub_goals");
            foreach (var topic in r.PickSome(topics, r.Between(2, topics.Length)))
            {
                yaml.BeginItem();
                yaml.Text("title", topic);
                yaml.Prose("text", MarkdownDecor.Paragraph(r, TextBank.Fill(r.Pick(TextBank.SubGoalTexts), topic, department.Name, year), topic));
                yaml.End();
            }

            yaml.End();
        }

        if (r.Chance(0.7))
        {
            yaml.BeginMap("measures");
            if (r.Chance(0.8))
            {
                yaml.Prose("intro", Fill(r.Pick(TextBank.MeasureIntros)));
            }

            yaml.BeginList("items");
            foreach (var measure in r.PickSome(TextBank.Measures, r.Between(2, 5)))
            {
                yaml.ProseItem(measure);
            }

            yaml.End();
            yaml.End();
        }

        return yaml.ToString();
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
