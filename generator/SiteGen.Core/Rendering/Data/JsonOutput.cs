using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Rendering.Data;

/// <summary>
/// Writes the open data's .json files: indented, LF line ends, Chinese kept readable. The relaxed encoder is
/// right for a file served as application/json; it must never be used for JSON embedded in HTML.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A buffer per thread, kept between files: a fresh stream per data.json doubled its way up to ~50 KB each time.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(64 * 1024);
        _buffer = null; // taken while in use, so a nested write gets a buffer of its own
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }

            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
        }
    }

    public static void Strings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
