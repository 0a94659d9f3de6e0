using System.Text;
using System.Xml;

namespace SiteGen.Rendering.Feeds;

/// <summary>Writes an XML file the same way every time: UTF-8 without BOM, "\n" line ends, two-space indents.</summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static OutputFile Write(string path, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }
}
