using SiteGen.Diagnostics;

namespace SiteGen.Import.Sources;

/// <summary>
/// A legacy disclosure as a reader found it: paragraphs and tables in reading order, each with where it
/// stands in the file. Text exports and Word documents both become this, so one recogniser serves both.
/// </summary>
/// <param name="Path">The imported file, as the user named it.</param>
/// <param name="Format">How it was read, for the report: UTF-8, GB18030, UTF-16, Word (.docx).</param>
public sealed record LegacyDocument(string Path, string Format, IReadOnlyList<Block> Blocks);

/// <summary>A paragraph or a table.</summary>
public abstract record Block(SourceLocation At);

/// <summary>
/// One paragraph, trimmed. <paramref name="IsHeading"/> when the source marks it as a heading
/// (a Word heading style or outline level, or a table-of-contents field in a text export).
/// Field codes such as <c>TC … \f A \l 1</c> are already removed from <paramref name="Text"/>.
/// </summary>
public sealed record Paragraph(string Text, bool IsHeading, SourceLocation At) : Block(At);

/// <summary>A table: rows of cells as the reader saw them.</summary>
public sealed record Table(IReadOnlyList<TableRow> Rows, SourceLocation At) : Block(At);

/// <summary>One table row.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceLocation At);

/// <summary>
/// One cell: its paragraphs joined by "\n", each trimmed, empty paragraphs dropped. Every reader writes a row
/// as its grid: <paramref name="Span"/> is the number of grid columns a cell covers (Word's gridSpan, HTML's
/// colspan, an Excel merge's width; 1 in text exports) and <paramref name="RowSpan"/> the number of rows it covers
/// from its own row down (Word's vMerge restart, HTML's rowspan, an Excel merge's height). A grid position that
/// a cell above covers is still a cell, empty and <paramref name="ContinuesAbove"/>, as Word's own text export
/// writes it, so rows keep their columns and a recogniser can carry the text above down.
/// </summary>
public sealed record TableCell(string Text, SourceLocation At, int Span = 1, int RowSpan = 1, bool ContinuesAbove = false);
