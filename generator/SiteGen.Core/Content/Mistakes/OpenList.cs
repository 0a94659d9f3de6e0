namespace SiteGen.Content.Mistakes;

/// <summary>A block list still open: the column of its dashes, the column of what holds it, and the line of its last dash.</summary>
internal readonly record struct OpenList(int Dash, int Owner, int Line);
