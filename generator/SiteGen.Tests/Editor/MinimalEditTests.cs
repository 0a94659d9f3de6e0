using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Editor;
using SiteGen.Format;
using SiteGen.Tests.TestSupport;

namespace SiteGen.Tests.Editor;

/// <summary>Saving a form rewrites only what changed: the rest of the file stays byte for byte.</summary>
public sealed class MinimalEditTests
{
    private static readonly string SeedProject = Directory.GetFiles(RepoPaths.Content, "1-*.yml", SearchOption.AllDirectories).Single();
    private static readonly string SeedDisclosure = Directory.GetFiles(RepoPaths.Content, "disclosure.yml", SearchOption.AllDirectories).Single();

    private static (string Text, YamlNode Root, JsonObject Form) Open(string file, MapFormat format, string? text = null)
    {
        text ??= File.ReadAllText(file);
        var root = YamlReader.Read(text, "f.yml", new DiagnosticBag())!;
        return (text, root, FormValues.Of(root, format));
    }

    private static string Save(string text, YamlNode root, MapFormat format, JsonObject form) =>
        MinimalEdit.Apply(text, root, format, form) ?? throw new InvalidOperationException("not editable");

    /// <summary>The lines of <paramref name="after"/> that are not in <paramref name="before"/> at the same place, and the reverse (a line diff of one hunk).</summary>
    private static (string[] Removed, string[] Added) Diff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        return (a[head..^tail], b[head..^tail]);
    }

    /// <summary>The lines only <paramref name="before"/> has and those only <paramref name="after"/> has (as multisets, in file order).</summary>
    private static (string[] Removed, string[] Added) Changes(string before, string after)
    {
        var a = before.Split('\n').ToList();
        var b = after.Split('\n').ToList();
        var removed = a.Where(line => !b.Remove(line)).ToArray();
        return (removed, [.. b]);
    }

    private static JsonObject Indicator(JsonObject form, int i) => (JsonObject)((JsonArray)form["indicators"]!)[i]!;

    [Fact]
    public void An_unchanged_form_saves_the_file_unchanged()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);

        Assert.Equal(text, Save(text, root, ContentFormat.Project, form));
    }

    [Fact]
    public void Changing_one_target_of_the_seed_changes_only_that_line()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        Indicator(form, 0)["target"] = "≥240篇（更新新闻篇数）";

        var saved = Save(text, root, ContentFormat.Project, form);

        var (removed, added) = Diff(text, saved);
        Assert.Equal(["    target: ≥230篇（更新新闻篇数）"], removed);
        Assert.Equal(["    target: ≥240篇（更新新闻篇数）"], added);
    }

    [Fact]
    public void A_value_that_needs_quotes_gets_them_and_reads_back_as_typed()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        Indicator(form, 1)["name"] = "完成率: 全年 #1";
        form["name"] = "* 临西新闻网";

        var saved = Save(text, root, ContentFormat.Project, form);

        var reread = Open(SeedProject, ContentFormat.Project, saved);
        Assert.Equal("完成率: 全年 #1", Indicator(reread.Form, 1)["name"]!.GetValue<string>());
        Assert.Equal("* 临西新闻网", reread.Form["name"]!.GetValue<string>());
        var (removed, added) = Changes(text, saved);
        Assert.Equal(["name: 临西新闻网平台维护费", "    name: 新闻发布的完成率"], removed);
        Assert.Equal(["name: \"* 临西新闻网\"", "    name: \"完成率: 全年 #1\""], added);
    }

    [Fact]
    public void A_new_indicator_row_is_written_after_the_last_one_by_the_writer_and_nothing_else_moves()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        ((JsonArray)form["indicators"]!).Add(new JsonObject
        {
            ["level1"] = "满意度指标",
            ["level2"] = "服务对象满意度指标",
            ["name"] = "群众满意度",
            ["target"] = "≥90%",
        });

        var saved = Save(text, root, ContentFormat.Project, form);

        var (removed, added) = Diff(text, saved);
        Assert.Empty(removed);
        Assert.Equal(["  - level1: 满意度指标", "    level2: 服务对象满意度指标", "    name: 群众满意度", "    target: ≥90%"], added);
        Assert.Equal(7, ((JsonArray)Open(SeedProject, ContentFormat.Project, saved).Form["indicators"]!).Count);
    }

    [Fact]
    public void A_field_the_file_lacks_goes_in_the_format_order_and_an_emptied_optional_field_loses_its_line()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        Indicator(form, 0)["weight"] = "10";
        Indicator(form, 0)["description"] = null;

        var saved = Save(text, root, ContentFormat.Project, form);

        var (removed, added) = Diff(text, saved);
        Assert.Equal(["    description: 一年内网络客户端更新新闻数", "    target: ≥230篇（更新新闻篇数）", "    basis: 《中共临西县委网络安全和信息化委员会办公室职能配置、内设机构和人员编制规定》"], removed);
        Assert.Equal(["    target: ≥230篇（更新新闻篇数）", "    basis: 《中共临西县委网络安全和信息化委员会办公室职能配置、内设机构和人员编制规定》", "    weight: 10"], added);
    }

    [Fact]
    public void Removing_and_reordering_rows_keep_every_other_line_and_the_comments()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        var rows = (JsonArray)form["indicators"]!;
        var last = rows[^1]!.DeepClone();
        rows.RemoveAt(rows.Count - 1);

        var saved = Save(text, root, ContentFormat.Project, form);

        Assert.StartsWith(text[..text.IndexOf("code:", StringComparison.Ordinal)], saved, StringComparison.Ordinal);
        Assert.Equal(6 - 1, ((JsonArray)Open(SeedProject, ContentFormat.Project, saved).Form["indicators"]!).Count);
        Assert.Empty(Diff(text, saved).Added);
        Assert.True(JsonNode.DeepEquals(last, Indicator(FormValues.Of(root, ContentFormat.Project), 5)));
    }

    [Fact]
    public void Prose_in_a_block_stays_a_block_and_the_blank_field_other_gets_its_value_after_the_colon()
    {
        var (text, root, form) = Open(SeedProject, ContentFormat.Project);
        form["purpose"] = "第一段。\n\n第二段，**重点**。";
        ((JsonObject)form["budget"]!)["other"] = "0.00";

        var saved = Save(text, root, ContentFormat.Project, form);

        Assert.Contains("  other: 0.00\npurpose: |\n  第一段。\n\n  第二段，**重点**。\nspending_plan:", saved, StringComparison.Ordinal);
        var reread = Open(SeedProject, ContentFormat.Project, saved).Form;
        Assert.Equal("第一段。\n\n第二段，**重点**。", reread["purpose"]!.GetValue<string>());
    }

    [Fact]
    public void A_file_with_windows_line_ends_keeps_them_in_new_lines()
    {
        var crlf = File.ReadAllText(SeedDisclosure).Replace("\n", "\r\n", StringComparison.Ordinal);
        var (text, root, form) = Open(SeedDisclosure, ContentFormat.Disclosure, crlf);
        form["draft"] = "true";
        ((JsonObject)form["department"]!)["short_name"] = "县委网信办";

        var saved = Save(text, root, ContentFormat.Disclosure, form);

        Assert.DoesNotContain("\n", saved.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("  name: 中共临西县委网络安全和信息化委员会办公室\r\n  short_name: 县委网信办\r\nmoney_unit:", saved, StringComparison.Ordinal);
        Assert.EndsWith("draft: true\r\n", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_edit_of_every_scalar_reads_back_as_the_form_holds_it()
    {
        var (text, root, form) = Open(SeedDisclosure, ContentFormat.Disclosure);
        var items = (JsonArray)((JsonObject)form["overall_goals"]!)["items"]!;
        items[1] = "改写的第二条：含有 # 号与 \"引号\"";
        items.Add("新增的一条");
        ((JsonObject)((JsonArray)form["sub_goals"]!)[0]!)["title"] = "新的小标题";

        var saved = Save(text, root, ContentFormat.Disclosure, form);

        Assert.Equal(form.ToJsonString(), Open(SeedDisclosure, ContentFormat.Disclosure, saved).Form.ToJsonString());
        var (removed, added) = Changes(text, saved);
        Assert.Equal(["    - 统筹各部门办好2020年网络安全宣传周宣传教育活动，组织开展网络安全培训，举办网络安全知识“进校园、进企业、进社区”活动，提升全社会网络安全意识。", "  - title: 统筹协调网络信息安全保障体系和可信体系建设"], removed);
        Assert.Equal(["    - \"改写的第二条：含有 # 号与 \\\"引号\\\"\"", "    - 新增的一条", "  - title: 新的小标题"], added);
    }
}
