using System.Globalization;
using FeedWatch.Core.Storage;
using FeedWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FeedWatch.Daemon.Tests.CrashRecovery;

/// <summary>
/// Feeds that change while the daemon is being killed: every tick some feeds gain items, some
/// stories appear in several feeds under one link, and some titles are revised. It is also the
/// oracle: it records every item a 200 response carried, per feed.
/// </summary>
/// <remarks>
/// An item leaves its feed only once the store is seen to hold it as served (<see cref="Confirm"/>).
/// A daemon killed after reading a feed but before committing can only recover items it sees again,
/// so an item that vanished unseen would be lost by the test's design, not by the daemon.
/// </remarks>
internal sealed class ChangingFeeds
{
    public const string LinkBase = "https://crash.example/";

    private const int Window = 25;

    private readonly Lock _lock = new();
    private readonly Random _random;
    private readonly Dictionary<string, FeedModel> _feeds;
    private readonly Dictionary<string, HashSet<string>> _servedBy = new(StringComparer.Ordinal);
    private readonly List<(int Target, TaskCompletionSource Reached)> _responseWaits = [];
    private int _nextShared;
    private bool _frozen;

    public ChangingFeeds(IEnumerable<string> feedIds, int seed)
    {
        _random = new Random(seed);
        _feeds = feedIds.ToDictionary(id => id, id => new FeedModel(id), StringComparer.Ordinal);
    }

    public int Responses200 { get; private set; }

    public int Responses304 { get; private set; }

    /// <summary>Link → ids of the feeds whose 200 responses carried it.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> ServedBy
    {
        get
        {
            lock (_lock)
            {
                return _servedBy.ToDictionary(pair => pair.Key, pair => pair.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Completes once <paramref name="more"/> further full responses have been handed out.</summary>
    public Task FullResponsesAsync(int more)
    {
        lock (_lock)
        {
            var wait = (Responses200 + more, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _responseWaits.Add(wait);
            return wait.Item2.Task;
        }
    }

    public void Serve(LoopbackFeedServer server, string pathPrefix)
    {
        foreach (var feed in _feeds.Values)
        {
            server.Handle(pathPrefix + feed.Id, context => RespondAsync(feed, context));
        }
    }

    /// <summary>Some feeds gain an item; now and then a story shows up in several feeds and a title changes.</summary>
    public void Tick()
    {
        lock (_lock)
        {
            if (_frozen)
            {
                return;
            }

            foreach (var feed in _feeds.Values)
            {
                // Not every feed every tick: a poll often finds its feed unchanged (a 304), so a kill
                // can also fall between a feed's validators and items being stored.
                if (_random.NextDouble() < 0.75)
                {
                    continue;
                }

                // Bursts, as when a desk publishes several stories at once: larger commits for a kill to land in.
                for (var burst = _random.Next(1, 6); burst > 0; burst--)
                {
                    var n = feed.NextNumber++;
                    feed.Add(new FeedEntry($"{feed.Id}-{n}", $"{LinkBase}{feed.Id}/{n}", $"{feed.Id} story {n}", Shared: false));
                }

                if (_random.NextDouble() < 0.3)
                {
                    feed.Revise(_random.Next(feed.Entries.Count));
                }
            }

            if (_random.NextDouble() < 0.5)
            {
                var n = _nextShared++;
                foreach (var feed in _feeds.Values.OrderBy(_ => _random.Next()).Take(_random.Next(2, 4)))
                {
                    feed.Add(new FeedEntry($"{feed.Id}-shared-{n}", $"{LinkBase}shared/{n}", $"Shared story {n}", Shared: true));
                }
            }

            foreach (var feed in _feeds.Values)
            {
                feed.EvictConfirmed(Window);
            }
        }
    }

    /// <summary>No more changes: the final run must end up with exactly what is served now.</summary>
    public void Freeze()
    {
        lock (_lock)
        {
            _frozen = true;
        }
    }

    /// <summary>Marks the entries the store holds as their feed serves them now, which lets them leave the feed.</summary>
    public void Confirm(IReadOnlyDictionary<string, StoredItem> storedByLink)
    {
        lock (_lock)
        {
            foreach (var feed in _feeds.Values)
            {
                foreach (var entry in feed.Entries)
                {
                    // The first carrier writes a shared story's text, so only its presence is checked.
                    entry.Confirmed = storedByLink.TryGetValue(entry.Link, out var stored)
                        && stored.Sources.Contains(feed.Id)
                        && (entry.Shared || stored.Title == entry.Title);
                }
            }
        }
    }

    /// <summary>Titles the store must end with: an unshared item's latest title, as its only feed served it.</summary>
    public IReadOnlyDictionary<string, string> LatestTitles()
    {
        lock (_lock)
        {
            return _feeds.Values.SelectMany(feed => feed.LatestTitles).ToDictionary(StringComparer.Ordinal);
        }
    }

    private async Task RespondAsync(FeedModel feed, HttpContext context)
    {
        string body;
        string etag;
        List<string> links;
        lock (_lock)
        {
            (body, etag, links) = (feed.Render(), feed.ETag, [.. feed.Entries.Select(e => e.Link)]);
        }

        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            lock (_lock)
            {
                Responses304++;
            }

            return;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.Headers.ETag = etag;
        await context.Response.WriteAsync(body);
        // Counted once handed to the connection: a response a killed daemon never read counts as
        // served too, which is safe because its items stay in the feed until the store holds them.
        lock (_lock)
        {
            Responses200++;
            foreach (var link in links)
            {
                if (!_servedBy.TryGetValue(link, out var feeds))
                {
                    _servedBy[link] = feeds = new HashSet<string>(StringComparer.Ordinal);
                }

                feeds.Add(feed.Id);
            }

            foreach (var wait in _responseWaits.Where(w => w.Target <= Responses200).ToList())
            {
                wait.Reached.SetResult();
                _responseWaits.Remove(wait);
            }
        }
    }

    private sealed class FeedModel(string id)
    {
        private readonly Dictionary<string, string> _latestTitles = new(StringComparer.Ordinal);
        private int _version;

        public string Id { get; } = id;

        public int NextNumber { get; set; }

        /// <summary>Oldest first.</summary>
        public List<FeedEntry> Entries { get; } = [];

        public string ETag => string.Create(CultureInfo.InvariantCulture, $"\"{Id}-{_version}\"");

        public IEnumerable<KeyValuePair<string, string>> LatestTitles =>
            _latestTitles.Concat(Entries.Where(e => !e.Shared).Select(e => KeyValuePair.Create(e.Link, e.Title)));

        public void Add(FeedEntry entry)
        {
            Entries.Add(entry);
            _version++;
        }

        /// <summary>A new title for an unshared entry: the store must take it, so the entry waits to be confirmed again.</summary>
        public void Revise(int index)
        {
            if (!Entries[index].Shared)
            {
                Entries[index].Title += " (update)";
                Entries[index].Confirmed = false;
                _version++;
            }
        }

        public void EvictConfirmed(int window)
        {
            while (Entries.Count > window && Entries[0].Confirmed)
            {
                if (!Entries[0].Shared)
                {
                    _latestTitles[Entries[0].Link] = Entries[0].Title;
                }

                Entries.RemoveAt(0);
                _version++;
            }
        }

        public string Render() => RssBuilder.Feed($"Feed {Id}", [.. Entries.AsEnumerable().Reverse().Select(e => new TestEntry(e.Title, e.Link, e.Guid, Body(e)))]);

        // About 1 KB an item, as real summaries are: the larger each commit, the likelier a kill lands inside one.
        private static string Body(FeedEntry entry) => string.Join(' ', Enumerable.Repeat(entry.Title, 1024 / (entry.Title.Length + 1)));
    }

    private sealed record FeedEntry(string Guid, string Link, string Title, bool Shared)
    {
        public string Title { get; set; } = Title;

        public bool Confirmed { get; set; }
    }
}
