using System.Text;

namespace SiteGen.Tests.Security;

/// <summary>
/// A bad input made by code, for what cannot be committed as a file (binary, huge, NUL, symlinks, other
/// encodings, odd file names) or needs the templates changed. It changes a copy of Golden/Broken/_base.
/// </summary>
/// <param name="Code">The diagnostic code the build must report.</param>
internal sealed record BadInputCase(string Name, string Code, Action<BadInputCase.Folders> Make)
{
    public override string ToString() => Name;

    public sealed record Folders(string Content, string Templates, string Outside)
    {
        public string Project => Path.Join(Content, "2021", "100001-示例局", "projects", "1-示例项目.yml");

        public string Disclosure => Path.Join(Content, "2021", "100001-示例局", "disclosure.yml");

        public string Site => Path.Join(Content, "site.yml");

        public string NewProject(string name) => Path.Join(Content, "2021", "100001-示例局", "projects", name);

        public void Replace(string file, string oldText, string newText)
        {
            var text = File.ReadAllText(file);
            Assert.Contains(oldText, text, StringComparison.Ordinal);
            var at = text.IndexOf(oldText, StringComparison.Ordinal);
            File.WriteAllText(file, text[..at] + newText + text[(at + oldText.Length)..]);
        }

        public void Append(string file, string text) => File.AppendAllText(file, text);

        public void Bytes(string file, byte[] bytes) => File.WriteAllBytes(file, bytes);

        public void Encode(string file, Encoding encoding, bool bom = true)
        {
            var text = File.ReadAllText(file);
            File.WriteAllBytes(file, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
        }
    }

    private const string ValidProject = "code: X-2\nname: 第二个项目\nbudget:\n  total: 1.00\npurpose: 用途\ngoals:\n  - 目标\nindicators:\n  - level1: 产出指标\n    level2: 数量指标\n    name: 数量\n    target: ≥1个\n";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // YAML syntax, at the start, the middle and the end of files, in each kind of file.
        new("syntax-error-first-line-of-site", "SG1003", f => f.Bytes(f.Site, "title: [示例\n"u8.ToArray())),
        new("syntax-error-mid-disclosure", "SG1003", f => f.Replace(f.Disclosure, "department:", "department: [未闭合, : :\n  x")),
        new("unclosed-quote-at-end-of-file", "SG1003", f => f.Append(f.Project, "previous: \"未闭合\n")),
        new("tab-before-a-key", "SG1012", f => f.Replace(f.Disclosure, "  name:", "\tname:")),
        new("key-that-is-a-list", "SG1003", f => f.Append(f.Project, "? [a, b]\n: c\n")),
        // Types, nulls and keys.
        new("mapping-where-text-expected", "SG2003", f => f.Replace(f.Project, "name: ", "name:\n  a: 1\nx_name: ")),
        new("null-required-field", "SG2007", f => f.Replace(f.Project, "name: ", "name: ~\nx_name: ")),
        new("list-where-mapping-expected", "SG2003", f => f.Replace(f.Disclosure, "department:", "department: [1, 2]\nx_department:")),
        new("duplicate-top-level-key", "SG1004", f => f.Append(f.Disclosure, "year: 2021\n")),
        new("unknown-key-in-site", "SG2001", f => f.Append(f.Site, "tittle: 错字\n")),
        new("key-longer-than-yaml-allows", "SG1003", f => f.Append(f.Project, new string('k', 100_000) + ": 1\n")),
        new("yaml-1.1-yes-as-boolean", "SG2008", f => f.Replace(f.Project, "  - level1:", "  - core: yes\n    level1:")),
        // Empty, binary, huge, NUL.
        new("zero-byte-disclosure", "SG1011", f => f.Bytes(f.Disclosure, [])),
        new("comments-only-project", "SG1011", f => f.Bytes(f.Project, "# 只有注释\n\n   \n"u8.ToArray())),
        new("binary-file", "SG1002", f => f.Bytes(f.NewProject("2-binary.yml"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))])),
        new("png-renamed-to-yml", "SG1002", f => f.Bytes(f.NewProject("2-image.yml"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])),
        new("twenty-megabyte-file", "SG1007", f => f.Bytes(f.NewProject("2-huge.yml"), Huge())),
        new("nul-byte-mid-file", "SG1002", f => f.Bytes(f.Project, [.. File.ReadAllBytes(f.Project).Take(40), 0, .. File.ReadAllBytes(f.Project).Skip(40)])),
        // Nesting and aliases.
        new("100000-open-brackets", "SG1006", f => f.Bytes(f.NewProject("2-deep.yml"), Encoding.UTF8.GetBytes("code: " + new string('[', 100_000) + "\n"))),
        new("100000-open-braces", "SG1006", f => f.Bytes(f.NewProject("2-deep.yml"), Encoding.UTF8.GetBytes("code: [" + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\n"))),
        new("deep-block-nesting", "SG1006", f => f.Bytes(f.NewProject("2-deep.yml"), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k:\n"))))),
        new("billion-laughs-alias-bomb", "SG1005", f => f.Bytes(f.NewProject("2-bomb.yml"), Encoding.UTF8.GetBytes(
            "a: &a [\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\",\"哈\"]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"))))),
        new("merge-key-with-alias", "SG1005", f => f.Bytes(f.NewProject("2-merge.yml"), "base: &base\n  name: x\n<<: *base\n"u8.ToArray())),
        new("merge-key-without-alias", "SG2001", f => f.Bytes(f.NewProject("2-merge.yml"), Encoding.UTF8.GetBytes(ValidProject + "<<:\n  name: 覆盖\n"))),
        new("tag-on-a-value", "SG1005", f => f.Replace(f.Project, "name: ", "name: !!binary aGVsbG8=\nx_name: ")),
        new("two-documents", "SG1008", f => f.Append(f.Project, "---\ncode: again\n")),
        // Encodings and line ends.
        new("gbk-file", "SG1002", f => f.Encode(f.Disclosure, CodePagesEncoding(936), bom: false)),
        new("gb18030-file", "SG1002", f => f.Encode(f.Project, CodePagesEncoding(54936), bom: false)),
        new("utf-16-le-with-bom", "SG1002", f => f.Encode(f.Disclosure, new UnicodeEncoding(false, true))),
        new("utf-16-be-with-bom", "SG1002", f => f.Encode(f.Project, new UnicodeEncoding(true, true))),
        new("utf-16-without-bom", "SG1002", f => f.Encode(f.Project, new UnicodeEncoding(false, false), bom: false)),
        new("bom-then-syntax-error", "SG1003", f => f.Bytes(f.Project, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("code: [\n")])),
        new("crlf-with-unknown-key", "SG2001", f => f.Bytes(f.Project, Encoding.UTF8.GetBytes(File.ReadAllText(f.Project).Replace("\n", "\r\n") + "nmae: x\r\n"))),
        new("lone-cr-line-ends", "SG1003", f => f.Bytes(f.Project, Encoding.UTF8.GetBytes("code: X\rname: [\r"))),
        // File names and links.
        new("file-name-with-spaces-and-chinese", "SG1003", f => f.Bytes(f.NewProject("2 第二个 项目 (副本).yml"), "code: [\n"u8.ToArray())),
        new("symlink-to-a-file-outside-content", "SG1001", f => Link(f.NewProject("2-link.yml"), Outside(f, "secret.yml", ValidProject))),
        new("symlink-to-a-folder-outside-content", "SG1001", f => Link(Path.Join(f.Content, "2022"), Path.GetDirectoryName(Outside(f, Path.Join("2022", "disclosure.yml"), "year: 2022\n"))!)),
        new("symlink-loop", "SG1001", f => Link(Path.Join(f.Content, "2021", "loop"), "..")),
        new("relative-symlink-out-of-content", "SG1001", f => Link(f.NewProject("2-up.yml"), Path.Join("..", "..", "..", "..", Path.GetFileName(f.Outside), "secret.yml"), Outside(f, "secret.yml", ValidProject))),
        new("markdown-link-up-out-of-the-site", "SG6003", f => f.Replace(f.Project, "purpose: ", "purpose: 见[文件](../../../../../../etc/passwd)。")),
        new("markdown-link-to-absolute-path", "SG6003", f => f.Replace(f.Project, "purpose: ", "purpose: 见[文件](/etc/passwd)。")),
        new("markdown-link-to-file-url", "SG4001", f => f.Replace(f.Project, "purpose: ", "purpose: 见[文件](file:///etc/passwd)。")),
        new("markdown-image-absolute-path", "SG4002", f => f.Replace(f.Project, "purpose: ", "purpose: 见![图](/etc/passwd)")),
        // Found by fuzzing (SiteGen.Fuzz/regressions): they crashed the build with exit 3 before.
        new("yaml-scanner-invalid-operation", "SG1003", f => f.Bytes(f.Disclosure, File.ReadAllBytes(Path.Join(TestSupport.RepoPaths.Root, "generator", "SiteGen.Fuzz", "regressions", "yaml", "scanner-invalid-operation-1.yml")))),
        new("markdown-nested-too-deep", "SG4003", f => f.Replace(f.Project, "purpose: ", "purpose: \"" + string.Concat(Enumerable.Repeat("> ", 2000)) + "深\"\nx_purpose: ")),
        // Templates.
        // A template missing from the site's folder, or the whole folder, is no bad input: the built-in one is used
        // (Rendering/Templates/TemplateSetTests); a --templates folder that does not exist is SG5001 (Cli/Commands/TemplatesCommandTests).
        new("template-syntax-error", "SG5002", f => File.AppendAllText(Path.Join(f.Templates, "pages", "home.html"), "{{ for x in }}\n")),
        new("template-uses-missing-field", "SG5003", f => File.AppendAllText(Path.Join(f.Templates, "pages", "year.html"), "{{ page.titel }}\n")),
        new("template-in-gbk", "SG1002", f => File.WriteAllBytes(Path.Join(f.Templates, "pages", "home.html"), CodePagesEncoding(936).GetBytes("<p>首页</p>\n"))),
    ];

    private static byte[] Huge()
    {
        var line = Encoding.UTF8.GetBytes("# 一行注释，让文件超过大小上限\n");
        var bytes = new byte[20 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = line[i % line.Length];
        }

        return bytes;
    }

    private static string Outside(Folders f, string name, string text)
    {
        var path = Path.Join(f.Outside, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Link(string link, string target, string? _ = null) => File.CreateSymbolicLink(link, target);

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
