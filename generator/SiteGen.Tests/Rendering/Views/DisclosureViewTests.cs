using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Frameworks;
using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Rendering.Views;

public sealed class DisclosureViewTests
{
    private static readonly SourceLocation At = new("d.yml", 1, 1);

    private static Disclosure Disclosure(IReadOnlyList<SubGoal> subGoals, NumberedSection? measures) => new(
        2020,
        IndicatorFramework.Of2020,
        new Department("224002", "某办公室", null),
        "万元",
        new NumberedSection(new Prose("引言。", At), [new Prose("加强宣传。", At), new Prose("做好监测。", At)]),
        subGoals,
        measures,
        [],
        At);

    [Fact]
    public void Part_one_is_numbered_as_in_official_documents()
    {
        var view = DisclosureView.From(Disclosure([new SubGoal("综合事务管理", new Prose("保障运转。", At))], null));

        Assert.Equal(["一、总体绩效目标", "二、分项绩效目标"], view.PartOne.Select(s => s.Title));
        Assert.Equal(["<p>一是加强宣传。</p>", "<p>二是做好监测。</p>"], view.PartOne[0].Items.Select(i => i.Value));
        Assert.Equal("<p>一、<strong>综合事务管理。</strong>保障运转。</p>", view.PartOne[1].Items[0].Value);
    }

    [Fact]
    public void A_sub_goal_title_that_already_ends_a_sentence_gets_no_second_full_stop()
    {
        var view = DisclosureView.From(Disclosure([new SubGoal("综合事务管理。", new Prose("保障运转。", At))], null));

        Assert.Equal("<p>一、<strong>综合事务管理。</strong>保障运转。</p>", view.PartOne[1].Items[0].Value);
    }

    [Fact]
    public void Without_sub_goals_the_measures_are_the_second_section()
    {
        var view = DisclosureView.From(Disclosure([], new NumberedSection(null, [new Prose("组织保障。", At)])));

        Assert.Equal(["一、总体绩效目标", "二、工作保障措施"], view.PartOne.Select(s => s.Title));
    }

    [Fact]
    public void Titles_and_text_are_escaped_in_the_numbering_prefix()
    {
        var view = DisclosureView.From(Disclosure([new SubGoal("<b>标题</b>", new Prose("正文", At))], null));

        Assert.StartsWith("<p>一、<strong>&lt;b&gt;标题&lt;/b&gt;。</strong>", view.PartOne[1].Items[0].Value, StringComparison.Ordinal);
    }
}
