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

    /// <summary>
    /// Content text made writable in XML 1.0: a control character (YAML's "\0" or "\x01" escapes allow them)
    /// has no XML form at all, so it becomes U+FFFD, as a browser shows it in HTML, instead of a broken feed.
    /// </summary>
    public static string Text(string text)
    {
        if (IsValid(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
