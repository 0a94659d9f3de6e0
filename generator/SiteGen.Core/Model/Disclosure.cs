using SiteGen.Diagnostics;
using SiteGen.Model.Frameworks;

namespace SiteGen.Model;

/// <summary>One department's performance-target disclosure for one budget year (预算绩效目标公开).</summary>
/// <param name="MoneyUnit">金额单位 of every amount in the document: 万元 or 元.</param>
public sealed record Disclosure(
    int Year,
    IndicatorFramework Framework,
    Department Department,
    string MoneyUnit,
    NumberedSection OverallGoals,
    IReadOnlyList<SubGoal> SubGoals,
    NumberedSection? Measures,
    IReadOnlyList<Project> Projects,
    SourceLocation Location);

/// <summary>A section of Part 1: an introduction followed by numbered paragraphs (一是…, 二是…).</summary>
public sealed record NumberedSection(Prose? Intro, IReadOnlyList<Prose> Items);

/// <summary>A sub-goal (分项绩效目标): a short title and its text.</summary>
public sealed record SubGoal(string Title, Prose Text);
