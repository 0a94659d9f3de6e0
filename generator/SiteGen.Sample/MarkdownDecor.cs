namespace SiteGen.Sample;

/// <summary>Now and then turns a plain sentence into the Markdown staff use: bold, a link, a list, a table.</summary>
internal static class MarkdownDecor
{
    private static readonly string[] Points = ["明确责任分工", "细化时间节点", "加强督促检查", "及时总结评估"];

    public static string Sentence(Prng r, string text, string topic)
    {
        if (r.Chance(0.12) && text.Contains(topic, StringComparison.Ordinal))
        {
            var at = text.IndexOf(topic, StringComparison.Ordinal);
            text = text[..at] + "**" + topic + "**" + text[(at + topic.Length)..];
        }

        if (r.Chance(0.05))
        {
            text += $"详见[政策解读](https://www.example.gov.cn/zcjd/{r.Between(1000, 9999)}.html)。";
        }

        return text;
    }

    /// <summary>A paragraph, sometimes followed by a short list.</summary>
    public static string Paragraph(Prng r, string text, string topic)
    {
        text = Sentence(r, text, topic);
        if (!r.Chance(0.1))
        {
            return text;
        }

        return text + "\n\n" + string.Join('\n', r.PickSome(Points, r.Between(2, 4)).Select(p => "- " + p));
    }

    /// <summary>What the money buys, sometimes itemised as a table (amounts in the disclosure's unit).</summary>
    public static string Purpose(Prng r, string text, string topic, SampleAmount total)
    {
        text = Sentence(r, text, topic);
        if (!r.Chance(0.06))
        {
            return text;
        }

        var first = total.Part(r.Between(30, 70));
        return text + "\n\n| 支出内容 | 金额 |\n|---|---|\n" +
            $"| 设备购置及维护 | {first} |\n| 劳务及其他费用 | {total.Minus(first)} |";
    }
}
