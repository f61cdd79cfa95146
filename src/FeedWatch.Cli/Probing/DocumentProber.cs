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

    private ProbeReport Read(string target, FetchResult.Content content)
    {
        // The poller's rule: what it would record as a failure is reported as one.
        var parsed = FeedParser.Parse(content.Body, content.ContentType);
        if (parsed.Unusable is { } failure)
        {
            return ProbeReport.Failed(target, failure.Kind, failure.Reason);
        }

        var feed = ((ParseResult.Success)parsed).Feed;
        return new ProbeReport(
            target,
            feed.Format,
            Error: null,
            Warning: feed.Recovery,
            NullIfEmpty(HtmlText.ToPlainText(feed.Title)),
            NullIfEmpty(feed.Link?.Trim()),
            feed.Entries.Select(entry => Probe(entry, content.FinalUrl)).ToList());
    }

    private ProbedEntry Probe(ParsedEntry entry, Uri documentUrl)
    {
        var item = ItemNormalizer.Normalize(entry, documentUrl);
        var rules = matcher.Match(MatchField.Of(item)).Select(match => match.Rule).Distinct().ToList();
        return new ProbedEntry(entry.Id, item.Link, NullIfEmpty(item.Title), item.Published, rules);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
