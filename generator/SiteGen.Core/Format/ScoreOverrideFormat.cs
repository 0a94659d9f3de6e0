using static SiteGen.Format.ContentTypes;

namespace SiteGen.Format;

/// <summary>A manual score (人工评分), e.g. for an actual far above a target set too low; never without its reason.</summary>
public sealed record ScoreOverrideFormat : MapFormat
{
    public ContentField Score { get; } = new("score", "调整后得分", Amount, required: true);
    public ContentField Reason { get; } = new("reason", "理由", Text, required: true);

    internal ScoreOverrideFormat()
        : base("人工评分") => Define(Score, Reason);
}
