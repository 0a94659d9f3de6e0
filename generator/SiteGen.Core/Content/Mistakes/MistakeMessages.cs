namespace SiteGen.Content.Mistakes;

/// <summary>What each mistake is and what to do, in the words of a person who edits the file (columns 0-based in, 1-based out).</summary>
internal static class MistakeMessages
{
    public static string Tab(int line, int column) =>
        $"第 {line} 行第 {column + 1} 列是 Tab：YAML 只能用空格缩进，请把这个 Tab 换成空格（与同一层的字段对齐）";

    public static string WideIndentation(int line, int column) =>
        $"第 {line} 行第 {column + 1} 列是全角空格“　”：YAML 只能用半角空格缩进，请切换到英文输入法后重新输入空格";

    public static string WideSpaceAfterColon(string key) =>
        $"字段 “{key}” 的冒号后是全角空格“　”：请改为半角空格，写成 “{key}: 值”（切换到英文输入法）";

    public static string FullWidthColon(string key) =>
        $"字段名 “{key}” 后面是全角冒号“：”：YAML 只认英文冒号，请改为 “{key}: ”（英文冒号加一个空格）";

    public static string ColonWithoutSpace(string key, ReadOnlySpan<char> value) =>
        $"字段名 “{key}” 的冒号“:”后面没有空格：请写成 “{key}: {Short(value)}”（冒号后加一个空格），否则整行会被当作一段文字";

    public static string MissingColon(string key, ReadOnlySpan<char> value) =>
        $"字段名 “{key}” 后面缺少英文冒号“:”：请写成 “{key}: {Short(value)}”（冒号后加一个空格）";

    public static string NotAKey() =>
        "这一行既不是“字段名: 值”，也不是“- ”开头的列表项：如果它接着上一行的值，请让它比上一行的字段名缩进更深；否则请补上英文冒号“: ”";

    public static string ColonInValue(ReadOnlySpan<char> value) =>
        $"值 “{Short(value)}” 的中间有英文冒号加空格“: ”：YAML 会把它当作又一个字段；请给整个值加英文引号，例如 {Quoted(value)}，或把这个冒号改为全角“：”";

    public static string DashWithoutSpace(ReadOnlySpan<char> rest) =>
        $"列表项的“-”后面没有空格：请写成 “- {Short(rest)}”（“-”后加一个空格），否则它不是列表项，而是一段以“-”开头的文字";

    public static string ListOutOfLine(int column, OpenList list) =>
        $"这个列表项的“-”在第 {column + 1} 列，而同一列表上面的项（第 {list.Line} 行）在第 {list.Dash + 1} 列：同一列表的各项要上下对齐，请把“-”移到第 {list.Dash + 1} 列";

    public static string AliasOrTag(ReadOnlySpan<char> value) => value[0] switch
    {
        '*' => $"值以“*”开头：YAML 把“*”当作别名（引用别处的内容），本系统不支持；如果这是文字（如 **加粗**），请给整个值加英文引号，例如 {Quoted(value)}",
        '&' => $"值以“&”开头：YAML 把“&”当作锚点，本系统不支持；如果这是文字，请给整个值加英文引号，例如 {Quoted(value)}",
        _ => $"值以“!”开头：YAML 把“!”当作类型标签，本系统不支持；如果这是文字，请给整个值加英文引号，例如 {Quoted(value)}",
    };

    public static string Reserved(ReadOnlySpan<char> value) => value[0] == '{'
        ? $"值以“{{”开头：YAML 把花括号当作键值对（{{键: 值}}）；如果这是文字，请给整个值加英文引号，例如 {Quoted(value)}"
        : $"值以“{value[0]}”开头：“{value[0]}”是 YAML 的保留字符，不能放在不加引号的值的开头；请给整个值加英文引号，例如 {Quoted(value)}";

    public static string FullWidthQuotedValue(ReadOnlySpan<char> value) =>
        $"值以中文引号（{value[0]}）开头：YAML 只认英文引号 \" 或 '，中文引号会原样成为文字的一部分，也挡不住其中的“: ”“ #”；请改用英文引号，例如 {Quoted(Inside(value))}";

    public static string FullWidthQuotedKey(char quote, string key) =>
        $"字段名用了中文引号（{quote}）：字段名不需要引号，请写成 “{key}: 值”";

    public static string ChineseComma() =>
        "方括号列表里用了中文逗号“，”：YAML 用英文逗号“,”分隔各项，请改为英文逗号，或把列表写成每行一个“- ”";

    /// <summary>A value as it would be written in double quotes (a long one cut short).</summary>
    private static string Quoted(ReadOnlySpan<char> value) =>
        "\"" + Short(value.TrimEnd(' ')).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static ReadOnlySpan<char> Inside(ReadOnlySpan<char> value)
    {
        var text = value.TrimEnd(' ')[1..];
        return text.Length > 0 && text[^1] is '”' or '’' ? text[..^1] : text;
    }

    private static string Short(ReadOnlySpan<char> text) =>
        text.Length <= 24 ? text.ToString() : string.Concat(text[..24], "…");
}
