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
    /// <param name="comparison">与上年相比 (<see cref="Model.History.YearOverYear"/>), written as previous_year when there is one.</param>
    public static byte[] Write(Disclosure d, Model.History.DisclosureComparison? comparison = null) =>
        JsonOutput.Write(w => JsonSerializer.Serialize(w, DisclosureRecord.From(d, comparison), DisclosureJsonContext.Default.DisclosureRecord));
}
