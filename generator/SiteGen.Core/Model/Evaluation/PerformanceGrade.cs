namespace SiteGen.Model.Evaluation;

/// <summary>The 评价等级 of a total score: 90–100 优, 80–&lt;90 良, 60–&lt;80 中, &lt;60 差.</summary>
public static class PerformanceGrade
{
    public static string Of(decimal total) => total switch
    {
        >= 90m => "优",
        >= 80m => "良",
        >= 60m => "中",
        _ => "差",
    };
}
