using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline.Cache;

/// <summary>
/// What the build cache keeps of the last good build: the folders it was for, the keys of its inputs, the files it
/// read (so an unchanged one is not read again), each disclosure's footprint (what other pages it shows on), the
/// stamp of every file it published (so a touched output folder is noticed) and its diagnostics (replayed when
/// nothing changed). Written as one binary file that ends with the SHA-256 of everything before it: a cut, edited or
/// foreign file is detected, never trusted.
/// </summary>
public sealed record CacheRecord(
    string OutputFolder,
    string ContentFolder,
    byte[] SiteKey,
    byte[] WholeKey,
    IReadOnlyList<InputFile> Content,
    IReadOnlyList<InputFile> Templates,
    IReadOnlyList<CachedDisclosure> Disclosures,
    IReadOnlyList<OutputStamp> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string Magic = "SiteGen build cache";

    /// <summary>Raised whenever the layout below or the meaning of a key changes: an older record is then foreign.</summary>
    private const int FormatVersion = 1;

    public byte[] Write()
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(OutputFolder);
            writer.Write(ContentFolder);
            writer.Write(SiteKey);
            writer.Write(WholeKey);
            WriteFiles(writer, Content);
            WriteFiles(writer, Templates);
            writer.Write(Disclosures.Count);
            foreach (var d in Disclosures)
            {
                writer.Write(d.Folder);
                writer.Write(d.Key);
                writer.Write(d.Footprint.Year);
                writer.Write(d.Footprint.DepartmentCode);
                writer.Write(d.Footprint.ProjectCodes.Count);
                foreach (var code in d.Footprint.ProjectCodes)
                {
                    writer.Write(code);
                }
            }

            writer.Write(Outputs.Count);
            foreach (var o in Outputs)
            {
                writer.Write(o.Path);
                writer.Write(o.Size);
                writer.Write(o.WriteTicks);
            }

            writer.Write(Diagnostics.Count);
            foreach (var d in Diagnostics)
            {
                writer.Write(d.Location.Path);
                writer.Write(d.Location.Line);
                writer.Write(d.Location.Column);
                writer.Write((int)d.Severity);
                writer.Write(d.Code);
                writer.Write(d.Message);
            }
        }

        memory.Write(SHA256.HashData(memory.GetBuffer().AsSpan(0, (int)memory.Length)));
        return memory.ToArray();
    }

    /// <summary>The record in <paramref name="bytes"/>; null when they are not a whole record of this format.</summary>
    public static CacheRecord? Read(byte[] bytes)
    {
        if (bytes.Length < 32 || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return null;
            }

            var output = reader.ReadString();
            var content = reader.ReadString();
            var siteKey = reader.ReadBytes(32);
            var wholeKey = reader.ReadBytes(32);
            var contentFiles = ReadFiles(reader);
            var templateFiles = ReadFiles(reader);
            var disclosures = Many(reader, r =>
            {
                var folder = r.ReadString();
                var key = r.ReadBytes(32);
                var year = r.ReadInt32();
                var department = r.ReadString();
                return new CachedDisclosure(folder, key, new Footprint(year, department, Many(r, s => s.ReadString())));
            });
            var outputs = Many(reader, r => new OutputStamp(r.ReadString(), r.ReadInt64(), r.ReadInt64()));
            var diagnostics = Many(reader, r => new Diagnostic(new SourceLocation(r.ReadString(), r.ReadInt32(), r.ReadInt32()), (Severity)r.ReadInt32(), r.ReadString(), r.ReadString()));
            return new CacheRecord(output, content, siteKey, wholeKey, contentFiles, templateFiles, disclosures, outputs, diagnostics);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null; // the hash matched but the layout did not: another format that happened to end the same way
        }
    }

    private static void WriteFiles(BinaryWriter writer, IReadOnlyList<InputFile> files)
    {
        writer.Write(files.Count);
        foreach (var f in files)
        {
            writer.Write(f.Path);
            writer.Write(f.Size);
            writer.Write(f.WriteTicks);
            writer.Write(f.Sha256);
        }
    }

    private static List<InputFile> ReadFiles(BinaryReader reader) =>
        Many(reader, r => new InputFile(r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadBytes(32)));

    private static List<T> Many<T>(BinaryReader reader, Func<BinaryReader, T> one)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length)
        {
            throw new FormatException("count out of range");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(one(reader));
        }

        return items;
    }
}

/// <summary>A disclosure of the last good build: its folder (relative to content/), the hash of that folder's files, its footprint.</summary>
public sealed record CachedDisclosure(string Folder, byte[] Key, Footprint Footprint);

/// <summary>A file the last good build published, by its stamp: when every one is as it was, the output folder is that build's.</summary>
public sealed record OutputStamp(string Path, long Size, long WriteTicks);
