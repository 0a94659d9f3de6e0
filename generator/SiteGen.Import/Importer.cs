using SiteGen.Diagnostics;
using SiteGen.Import.Evaluation;
using SiteGen.Import.Recognition;
using SiteGen.Import.Sources;
using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>
/// <c>sitegen import</c>: legacy documents → content. Reads every file (text export or .docx), recognises
/// the disclosure in it (or the 自评表, see <see cref="SelfEvaluationImport"/>), writes all of them or none, then checks the written content as <c>sitegen check</c>
/// would, so problems are reported against the YAML a person will edit.
/// </summary>
public static class Importer
{
    private const long MaxFileBytes = DocxReader.MaxBytes;

    public static ImportResult Import(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var documents = options.Files
            .Select(file => (File: file, Document: Read(file, options.Encoding, diagnostics, out var sheets), Sheets: sheets))
            .Where(r => r.Document is not null)
            .ToList();

        // A 自评表 is told apart by its headers (实际完成值, 全年执行数), so one command imports a folder holding both kinds.
        // A 部门整体支出绩效自评表 by its title or its 年初/调整后 target columns; it evaluates the department, not a project.
        var departmentForms = documents.Where(r => DepartmentEvaluationImport.IsDepartmentForm(r.Document!)).ToList();
        documents = [.. documents.Except(departmentForms)];
        var forms = documents.Where(r => SelfEvaluationImport.IsSelfEvaluation(r.Document!))
            .Select(r => SelfEvaluationImport.Read(r.File, r.Document!, r.Sheets, diagnostics)).ToList();
        var read = documents.Where(r => !SelfEvaluationImport.IsSelfEvaluation(r.Document!))
            .Select(r => (r.File, Document: r.Document!, Draft: Recognise(r.Document!, r.Sheets, Given(options), diagnostics)))
            .ToList();
        var recognised = read.Select(r => new RecognisedSource(r.File, r.Document.Format,
            r.Draft?.Projects.Select(p => (p.Name, p.Indicators.Count)).ToList() ?? [], r.Draft is null))
            .Concat(forms.Select(f => new RecognisedSource(f.File, f.Document.Format + "，项目支出绩效自评表",
                [.. f.Forms.Select(form => (form.Name?.Text ?? form.Code?.Text ?? "", form.Rows.Count))], f.Forms.Count == 0)))
            .Concat(departmentForms.Select(f => (f, Rows: DepartmentEvaluationImport.Rows(f.Document!)))
                .Select(d => new RecognisedSource(d.f.File, d.f.Document!.Format + "，部门整体支出绩效自评表", [], d.Rows is null, d.Rows)))
            .ToList();
        var importing = read.Where(r => r.Draft is not null)
            .Select(r => (Folder: Path.Join(options.ContentDir, r.Draft!.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ContentLayout.FolderName(r.Draft)), r.Draft)).ToList();
        var evaluations = SelfEvaluationImport.Plan(options, importing, forms, diagnostics);
        var departmentEvaluations = DepartmentEvaluationImport.Plan(options, importing, [.. departmentForms.Select(f => (f.File, f.Document!, f.Sheets))], diagnostics);
        var planned = diagnostics.HasErrors ? null : ContentWriter.Plan(options.ContentDir, [.. read.Select(r => (r.File, r.Draft!))], options.Force, diagnostics);
        if (planned is not null && options.DryRun)
        {
            var preview = planned.SelectMany(p => ContentLayout.Files(p.Draft).Select(f => (Path.Join(p.Folder, f.RelativePath), f.Text)))
                .Concat(SelfEvaluationImport.Files(evaluations)).Concat(DepartmentEvaluationImport.Files(departmentEvaluations)).ToList();
            return new ImportResult(!diagnostics.HasErrors, diagnostics.Sorted(), [], false, preview, recognised);
        }

        if (planned is null || !ContentWriter.Write(planned, diagnostics) || SelfEvaluationImport.Write(evaluations, diagnostics) is not { } projectEvaluations
            || DepartmentEvaluationImport.Write(departmentEvaluations, diagnostics) is not { } departmentWritten)
        {
            return Failed(diagnostics) with { Recognised = recognised };
        }

        IReadOnlyList<ImportedEvaluation> writtenEvaluations = [.. projectEvaluations, .. departmentWritten];

        ContentWriter.WriteSchemas(options.ContentDir, diagnostics);
        var siteWritten = ContentWriter.WriteSiteFile(options.ContentDir, options.Site ?? new SiteSettingsInput(null, null, null), diagnostics);
        CheckWritten(options.ContentDir, [.. planned.Select(p => p.Folder + Path.DirectorySeparatorChar), .. writtenEvaluations.Select(e => e.File)], diagnostics);
        var imported = planned.Select(p => new ImportedDisclosure(p.SourcePath, read.First(r => r.File == p.SourcePath).Document.Format, p.Folder,
            p.Draft.Projects.Count, p.Draft.Projects.Sum(project => project.Indicators.Count))).ToList();
        return new ImportResult(!diagnostics.HasErrors, diagnostics.Sorted(), imported, siteWritten, Recognised: recognised, Evaluations: writtenEvaluations);
    }

    /// <summary>
    /// Recognises one document. A workbook's locations are (row, column) in one of its sheets, so each message
    /// about it starts with the sheet and cell (工作表“项目表” B7：…).
    /// </summary>
    private static DisclosureDraft? Recognise(LegacyDocument document, ILookup<(int Row, int Column), (string Sheet, string Text)>? sheets, GivenFacts given, DiagnosticBag diagnostics)
    {
        if (sheets is null)
        {
            return DocumentRecogniser.Recognise(document, given, diagnostics);
        }

        var local = new DiagnosticBag();
        var draft = DocumentRecogniser.Recognise(document, given, local);
        foreach (var diagnostic in local.Sorted())
        {
            diagnostics.Add(XlsxReader.InSheet(sheets, document, diagnostic));
        }

        return draft;
    }

    private static GivenFacts Given(ImportOptions options) => new(options.Year, options.DepartmentCode, options.DepartmentName);

    /// <summary>.xls refused; a workbook (.xlsx) or web page (.html/.htm) by its name, a .docx by its zip signature (or its name), anything else as a text export.</summary>
    private static LegacyDocument? Read(string file, string? encoding, DiagnosticBag diagnostics, out ILookup<(int Row, int Column), (string Sheet, string Text)>? sheets)
    {
        sheets = null;
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, SourceLocation.File(file), "文件不存在");
                return null;
            }

            if (info.Length > MaxFileBytes)
            {
                diagnostics.Report(DiagnosticCodes.ImportUnreadable, SourceLocation.File(file), $"文件有 {info.Length / 1024 / 1024} MB，超过 50 MB：这不像一份公开文档");
                return null;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, SourceLocation.File(file), $"无法读取：{ex.Message}");
            return null;
        }

        if (XlsxReader.IsOldXls(file))
        {
            diagnostics.Report(DiagnosticCodes.ImportUnreadable, SourceLocation.File(file),
                "这是旧的 Excel 97-2003 工作簿（.xls），无法直接导入：请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx）后再导入");
            return null;
        }

        if (XlsxReader.IsXlsx(file))
        {
            var book = XlsxReader.Read(file, diagnostics);
            sheets = book?.Sheets;
            return book?.Document;
        }

        if (HtmlReader.IsHtml(file))
        {
            return HtmlReader.Read(bytes, file, encoding, diagnostics);
        }

        if (IsZipOrOle(bytes) || file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return DocxReader.Read(file, diagnostics);
        }

        return TextDecoder.Decode(bytes, file, encoding, diagnostics) is { } decoded
            ? TextExportReader.Read(decoded.Text, file, decoded.EncodingName)
            : null;
    }

    private static bool IsZipOrOle(byte[] bytes) =>
        bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]);

    /// <summary>Reports what <c>sitegen check</c> finds in the folders and files just written (and nothing about the rest).</summary>
    private static void CheckWritten(string contentDir, IReadOnlyList<string> written, DiagnosticBag diagnostics)
    {
        var check = SiteBuilder.Check(new BuildOptions(ContentDir: contentDir));
        foreach (var diagnostic in check.Diagnostics.Where(d => written.Any(f => d.Location.Path.StartsWith(f, StringComparison.Ordinal))))
        {
            diagnostics.Add(diagnostic);
        }
    }

    private static ImportResult Failed(DiagnosticBag diagnostics) => new(false, diagnostics.Sorted(), [], false);
}
