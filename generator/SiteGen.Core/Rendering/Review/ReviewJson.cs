using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Review;

namespace SiteGen.Rendering.Review;

/// <summary><c>sitegen review --format json</c>: one object per finding, in the text output's order, for other tools.</summary>
public static class ReviewJson
{
    public static byte[] Write(IReadOnlyList<ReviewFinding> findings, SiteSettings? settings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("count", findings.Count);
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                var d = f.Diagnostic;
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", Diagnostic.Word(d.Severity));
                w.WriteString("file", d.Location.Path);
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("message", d.Message);
                Optional(w, "year", f.Disclosure?.Year);
                w.WriteString("department", f.Disclosure?.Department.Code);
                w.WriteString("project", f.Project?.Code);
                w.WriteString("page", ReviewLinks.Page(f) is { } page && settings is not null ? SiteUrls.Absolute(settings, page) : null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

/// <summary>Where on the published site a finding's row stands: its disclosure page and the indicator's (or project's) anchor.</summary>
public static class ReviewLinks
{
    /// <summary>The path from the site root, with its #anchor; null for a finding outside any disclosure (site.yml).</summary>
    public static string? Page(ReviewFinding f)
    {
        if (f.Disclosure is not { } d)
        {
            return null;
        }

        var page = SiteUrls.Disclosure(d);
        return f switch
        {
            { Project: { } p, IndicatorIndex: { } i, LongTerm: true } => $"{page}#{SiteUrls.LongTermIndicatorAnchor(p, i)}",
            { Project: { } p, IndicatorIndex: { } i } => $"{page}#{SiteUrls.IndicatorAnchor(p, i)}",
            { Project: { } p } => $"{page}#{SiteUrls.ProjectAnchor(p)}",
            _ => page,
        };
    }
}
