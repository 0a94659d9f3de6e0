using System.Text.Json;
using System.Threading.Channels;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Tells the open pages what happened, as Server-Sent Events (<c>/_sitegen/events</c>): <c>reload</c> after a
/// rebuild that changed the site, <c>errors</c> (a JSON list of diagnostic lines) while the content has errors,
/// <c>ok</c> when they are fixed and nothing else changed. A page that connects while there are errors gets them at once.
/// </summary>
internal sealed class LiveReload
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _errors;

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Tells the pages about a rebuild; returns what it sent (null: nothing to say).</summary>
    public string? Publish(Preview.PreviewBuild build)
    {
        string? message;
        lock (_gate)
        {
            var hadErrors = _errors is not null;
            if (!build.Succeeded)
            {
                _errors = Event("errors", JsonSerializer.Serialize(build.Diagnostics.Select(d => d.ToString()).ToArray()));
                message = _errors;
            }
            else
            {
                _errors = null;
                message = build.Changed ? Event("reload", "") : hadErrors ? Event("ok", "") : null;
            }

            if (message is not null)
            {
                foreach (var client in _clients)
                {
                    client.Writer.TryWrite(message);
                }
            }
        }

        return message;
    }

    /// <summary>A new page's stream of events, starting with the current errors if there are any.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_errors is not null)
            {
                channel.Writer.TryWrite(_errors);
            }

            _clients.Add(channel);
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _clients.Remove(channel);
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
