using System.Text.Json;
using SiteGen.Model;
using SiteGen.Rendering.Data.Records;

namespace SiteGen.Rendering.Data;

/// <summary>
/// data.json: the whole disclosure as data (<see cref="DisclosureRecord"/>). Amounts are strings exactly as written
/// ("10.00"), because a JSON number is read as a binary float by most programs and would lose the written places
/// or exactness. Prose is the Markdown source; every field is present, null when the document leaves it out.
/// </summary>
public static class DisclosureJson
{
    public static byte[] Write(Disclosure d) =>
        JsonOutput.Write(w => JsonSerializer.Serialize(w, DisclosureRecord.From(d), DisclosureJsonContext.Default.DisclosureRecord));
}
