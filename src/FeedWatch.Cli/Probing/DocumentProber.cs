using FeedWatch.Core.Fetching;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;

namespace FeedWatch.Cli.Probing;

/// <summary>
/// The daemon's fetch → parse → normalize → match, stopping short of the store: what a feed would
/// give FeedWatch before ops add it. Like a poll, a bad document is a report, never an exception.
/// </summary>
internal sealed class DocumentProber(IFeedFetcher fetcher, WatchMatcher matcher)
{
    public async Task<ProbeReport> ProbeAsync(string target, CancellationToken cancellationToken)
    {
        var url = ProbeTarget.Resolve(target) ?? throw new ArgumentException($"'{target}' is not {ProbeTarget.Help}.", nameof(target));
        try
        {
            // No ETag or Last-Modified: a probe always wants the whole document.
            var fetched = await fetcher.FetchAsync(new FetchRequest(url, ETag: null, LastModified: null), cancellationToken);
            return fetched switch
            {
                FetchResult.Content content => Read(target, content),
                FetchResult.Failure failure => ProbeReport.Failed(target, failure.Kind.ToString(), failure.Message),
                FetchResult.NotModified => ProbeReport.Failed(target, "NotModified", "The server answered 304 Not Modified to an unconditional request."),
                _ => throw new InvalidOperationException($"Unknown fetch result {fetched.GetType().Name}."),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // As in FeedPoller: a bug in one stage must not hide the reports on the other documents.
            return ProbeReport.Failed(target, "Internal", ex.Message);
        }
    }

    private ProbeReport Read(string target, FetchResult.Content content) =>
        FeedParser.Parse(content.Body, content.ContentType) switch
        {
            // As the poller: a document that breaks before its first complete entry gave nothing.
            ParseResult.Success { Feed: { Recovery: { } recovery, Entries.Count: 0 } } => ProbeReport.Failed(target, "Parse", recovery),
            ParseResult.Success { Feed: var feed } => new ProbeReport(
                target,
                feed.Format,
                Error: null,
                Warning: feed.Recovery,
                NullIfEmpty(HtmlText.ToPlainText(feed.Title)),
                NullIfEmpty(feed.Link?.Trim()),
                feed.Entries.Select(entry => Probe(entry, content.FinalUrl)).ToList()),
            ParseResult.Failure failure => ProbeReport.Failed(target, failure.NotAFeed ? "NotAFeed" : "Parse", failure.Reason),
            var other => throw new InvalidOperationException($"Unknown parse result {other.GetType().Name}."),
        };

    private ProbedEntry Probe(ParsedEntry entry, Uri documentUrl)
    {
        var item = ItemNormalizer.Normalize(entry, documentUrl);
        var rules = matcher.Match(MatchField.Of(item)).Select(match => match.Rule).Distinct().ToList();
        return new ProbedEntry(entry.Id, item.Link, NullIfEmpty(item.Title), item.Published, rules);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
