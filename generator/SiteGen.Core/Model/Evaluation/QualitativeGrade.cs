namespace SiteGen.Model.Evaluation;

/// <summary>
/// The three bands an evaluator grades a qualitative indicator in (财预〔2020〕10号), as fractions of its weight:
/// 80% belongs to the upper band and 60% to the middle one.
/// </summary>
public enum QualitativeGrade
{
    /// <summary>达成年度指标: 80%–100% of the weight.</summary>
    Achieved,

    /// <summary>部分达成年度指标并具有一定效果: 60% up to (not including) 80%.</summary>
    PartlyAchieved,

    /// <summary>未达成年度指标且效果较差: 0 up to (not including) 60%.</summary>
    NotAchieved,
}

/// <summary>The bands' names, limits and default scores.</summary>
public static class QualitativeGrades
{
    private static readonly string[] Names = ["达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"];

    public static string Name(QualitativeGrade grade) => Names[(int)grade];

    public static QualitativeGrade? Parse(string? text) =>
        Array.IndexOf(Names, text) is var i and >= 0 ? (QualitativeGrade)i : null;

    /// <summary>True when <paramref name="score"/> lies in the band of <paramref name="grade"/> for this weight.</summary>
    public static bool InBand(QualitativeGrade grade, decimal score, decimal weight) => grade switch
    {
        QualitativeGrade.Achieved => score >= weight * 0.8m && score <= weight,
        QualitativeGrade.PartlyAchieved => score >= weight * 0.6m && score < weight * 0.8m,
        _ => score >= 0m && score < weight * 0.6m,
    };

    /// <summary>
    /// The score when the form states none: full weight for 达成 (the target is met), and the middle of the lower
    /// bands otherwise (70% and 30%), since nothing else in the record places it within its band.
    /// </summary>
    public static decimal DefaultScore(QualitativeGrade grade, decimal weight) => grade switch
    {
        QualitativeGrade.Achieved => weight,
        QualitativeGrade.PartlyAchieved => weight * 0.7m,
        _ => weight * 0.3m,
    };
}
