namespace SiteGen.Rendering.Views;

/// <summary>
/// The official forms' merged 一级 and 二级 cells: a 一级 cell spans the run of rows below it with the same 一级 text, a
/// 二级 cell the run with the same 一级 and 二级. Runs follow the order the department wrote; nothing is regrouped.
/// </summary>
internal static class MergedCells
{
    /// <summary>The rowspans of row <paramref name="i"/>'s 一级 and 二级 cells; 0 where the cell above covers it.</summary>
    public static (int Level1, int Level2) At<T>(IReadOnlyList<T> rows, int i, Func<T, string?> level1, Func<T, string?> level2)
    {
        var startsLevel1 = i == 0 || level1(rows[i - 1]) != level1(rows[i]);
        var startsLevel2 = startsLevel1 || level2(rows[i - 1]) != level2(rows[i]);
        return (startsLevel1 ? RunLength(rows, i, level1, null) : 0, startsLevel2 ? RunLength(rows, i, level1, level2) : 0);
    }

    private static int RunLength<T>(IReadOnlyList<T> rows, int start, Func<T, string?> level1, Func<T, string?>? level2)
    {
        var end = start + 1;
        while (end < rows.Count
            && level1(rows[end]) == level1(rows[start])
            && (level2 is null || level2(rows[end]) == level2(rows[start])))
        {
            end++;
        }

        return end - start;
    }
}
