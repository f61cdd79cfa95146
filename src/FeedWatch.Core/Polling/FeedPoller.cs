using FeedWatch.Core.Alerts;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;
using FeedWatch.Core.Parsing;
using FeedWatch.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedWatch.Core.Polling;

/// <summary>
/// The one orchestrator: fetch → parse → normalize → identify → match → dedupe → store, then one
/// log line. It never throws for a bad feed; failures are recorded on the feed and back off.
/// </summary>
public sealed partial class FeedPoller(
    IFeedFetcher fetcher,
    FeedStateCache states,
    GroupCommitWriter writer,
    WatchRuleSet rules,
    WebhookDispatcher webhooks,
    BackoffPolicy backoff,
    PollGate gate,
    IOptionsMonitor<FeedWatchOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger,
    IPollObserver observer)
{
    /// <summary>Polls now, unless the feed is backing off after failures.</summary>
    public Task<PollOutcome> PollAsync(FeedDefinition feed, CancellationToken cancellationToken) =>
        PollAsync(feed, onlyIfDue: false, cancellationToken);

    /// <summary>
    /// For the scheduler: also skips a feed polled less than half an interval ago, so that a restart
    /// or Quartz catching up a late first trigger never asks a publisher twice in a row.
    /// </summary>
    public Task<PollOutcome> PollIfDueAsync(FeedDefinition feed, CancellationToken cancellationToken) =>
        PollAsync(feed, onlyIfDue: true, cancellationToken);

    private async Task<PollOutcome> PollAsync(FeedDefinition feed, bool onlyIfDue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var started = timeProvider.GetTimestamp();
        var outcome = await PollOnceAsync(feed, onlyIfDue, cancellationToken);
        observer.Polled(outcome, timeProvider.GetElapsedTime(started));
        return outcome;
    }

    private async Task<PollOutcome> PollOnceAsync(FeedDefinition feed, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var state = states.GetOrCreate(feed.Id);
        var backingOff = state.ConsecutiveFailures > 0 && state.NextPollAt > now;
        var notDue = onlyIfDue && state.NextPollAt - now > IntervalOf(feed) / 2;
        if (backingOff || notDue)
        {
            return new PollOutcome(feed.Id, PollStatus.Skipped);
        }

        if (state.Url != feed.Url && state.Url.Length > 0)
        {
            // Ops changed the address: where the old one redirected, and its validators, belong to another resource.
            state.MovedTo = null;
            state.ETag = null;
            state.LastModified = null;
        }

        var url = new Uri(state.MovedTo ?? feed.Url);
        using var pass = await gate.EnterAsync(url, cancellationToken);
        // The wait for a slot may have been long: the poll happens now.
        now = timeProvider.GetUtcNow().UtcDateTime;
        state.Url = feed.Url;
        state.Retired = false;
        state.FirstPollAt ??= now;
        state.LastPollAt = now;
        try
        {
            var fetched = await fetcher.FetchAsync(new FetchRequest(url, state.ETag, state.LastModified), cancellationToken);
            pass.ReleaseHost();
            if (fetched is not FetchResult.Content)
            {
                // Only the write of the outcome is left, and the store's queue is its own limit.
                pass.Dispose();
            }

            RecordMove(feed, state, fetched);
            return fetched switch
            {
                FetchResult.NotModified => await RecordNotModifiedAsync(feed, state, now),
                FetchResult.Failure failure => await RecordFailureAsync(feed, state, now, failure.Kind.ToString(), failure.Message, failure.RetryAfter),
                FetchResult.Content content => await IngestAsync(feed, state, now, content, pass),
                _ => throw new InvalidOperationException($"Unknown fetch result {fetched.GetType().Name}."),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug or a storage fault must not stop the other feeds; record it like any failure.
            LogUnexpected(logger, ex, feed.Id, feed.Url);
            // The validators of a body whose items may not have been stored must not be saved with
            // the failure, or the next poll would get a 304 and never store them.
            state.ETag = null;
            state.LastModified = null;
            return await RecordFailureAsync(feed, state, now, "Internal", ex.Message, retryAfter: null);
        }
    }

    private async Task<PollOutcome> IngestAsync(FeedDefinition feed, FeedState state, DateTime now, FetchResult.Content content, PollGate.Pass pass)
    {
        var parsed = FeedParser.Parse(content.Body, content.ContentType);
        if (parsed.Unusable is { } failure)
        {
            pass.Dispose();
            return await RecordFailureAsync(feed, state, now, failure.Kind, failure.Reason, retryAfter: null);
        }

        var parsedFeed = ((ParseResult.Success)parsed).Feed;

        var (changed, fingerprints) = ChangedSinceLastPoll(state, parsedFeed.Entries, content.FinalUrl);
        var ruleSet = rules.Current;
        var items = BatchDeduplicator.Distinct(changed.Select(entry => Identify(feed.Id, entry, content.FinalUrl, ruleSet.Matcher)), item => item.Identity);
        if (parsedFeed.Recovery is null)
        {
            state.ETag = content.ETag;
            state.LastModified = content.LastModified;
        }
        else
        {
            // Validators are not kept for a broken copy, so the next poll fetches it whole again.
            LogPartlyBroken(logger, feed.Id, feed.Url, parsedFeed.Recovery);
        }

        state.Title = parsedFeed.Title ?? state.Title;
        state.FeedTtl = parsedFeed.Ttl;
        MarkSuccess(feed, state, now);
        // The slot bounds fetching and parsing. Polls that wait for the single writer without one let
        // the others go on, and the longer the queue, the larger (and cheaper per item) the next commit.
        var request = new IngestRequest(state, items, now, fingerprints, ruleSet.RulesWithWebhooks, options.CurrentValue.Stories, ruleSet.RulesAlertingEveryCopy);
        var result = await writer.IngestAsync(request, releaseOnceQueued: pass);
        LogAlerts(feed.Id, result.Alerts);
        if (result.Alerts.Any(alert => alert.Rules.Any(ruleSet.RulesWithWebhooks.Contains)))
        {
            webhooks.Wake();
        }

        if (UpdateStaleness(feed, state, now))
        {
            await SaveAsync(state, now);
        }

        var flagged = items.Count(i => i.Matches.Count > 0);
        var unchanged = result.Unchanged + parsedFeed.Entries.Count - changed.Count;
        LogPolled(logger, feed.Id, result.New, result.Updated, unchanged, flagged);
        var newFlaggedRules = result.NewFlagged.SelectMany(item => item.Matches.Select(m => m.Rule).Distinct(StringComparer.Ordinal)).ToList();
        return new PollOutcome(feed.Id, PollStatus.Stored, result.New, result.Updated, NewFlaggedRules: newFlaggedRules);
    }

    private static (List<ParsedEntry> Changed, List<long> Fingerprints) ChangedSinceLastPoll(FeedState state, IReadOnlyList<ParsedEntry> entries, Uri documentUrl)
    {
        var storedLastTime = state.EntryFingerprints.ToHashSet();
        var changed = new List<ParsedEntry>();
        var fingerprints = new List<long>(entries.Count);
        foreach (var entry in entries)
        {
            var fingerprint = EntryFingerprint.Of(entry, documentUrl);
            fingerprints.Add(fingerprint);
            if (!storedLastTime.Contains(fingerprint))
            {
                changed.Add(entry);
            }
        }

        return (changed, fingerprints);
    }

    private static IdentifiedItem Identify(string feedId, ParsedEntry entry, Uri documentUrl, WatchMatcher matcher)
    {
        var item = ItemNormalizer.Normalize(entry, documentUrl);
        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), matcher.Match(MatchField.Of(item)));
    }

    /// <summary>
    /// One structured event per rule for each newly stored flagged item that is the first of its story
    /// to be flagged by that rule (another outlet's copy is not news), so that any Serilog sink can route alerts.
    /// </summary>
    private void LogAlerts(string feedId, IReadOnlyList<ItemAlert> alerts)
    {
        foreach (var (item, rules) in alerts)
        {
            foreach (var match in item.Matches.DistinctBy(m => m.Rule).Where(m => rules.Contains(m.Rule)))
            {
                LogFlagged(logger, match.Rule, feedId, item.Id, item.StoryKey, item.Title, item.Link, match.Term, match.Snippet);
            }
        }
    }

    /// <summary>
    /// A permanent redirect is remembered and the new address polled from then on, sparing the
    /// publisher a redirect per poll; <c>feedwatch feeds</c> shows it so ops can update the config.
    /// </summary>
    private void RecordMove(FeedDefinition feed, FeedState state, FetchResult fetched)
    {
        var movedTo = fetched switch
        {
            FetchResult.Content content => content.MovedTo,
            FetchResult.NotModified notModified => notModified.MovedTo,
            _ => null,
        };
        if (movedTo is not null && movedTo.AbsoluteUri != state.MovedTo)
        {
            state.MovedTo = movedTo.AbsoluteUri;
            LogMoved(logger, feed.Id, feed.Url, state.MovedTo);
        }
    }

    private async Task<PollOutcome> RecordNotModifiedAsync(FeedDefinition feed, FeedState state, DateTime now)
    {
        MarkSuccess(feed, state, now);
        UpdateStaleness(feed, state, now);
        await SaveAsync(state, now);
        LogNotModified(logger, feed.Id);
        return new PollOutcome(feed.Id, PollStatus.NotModified);
    }

    private void MarkSuccess(FeedDefinition feed, FeedState state, DateTime now)
    {
        if (state.ConsecutiveFailures > 0)
        {
            LogRecovered(logger, feed.Id, state.ConsecutiveFailures);
        }

        state.ConsecutiveFailures = 0;
        state.LastSuccessAt = now;
        var respectTtl = options.CurrentValue.Polling.RespectFeedTtl ? state.FeedTtl : null;
        (var delay, state.NextPollReason) = BackoffPolicy.AfterSuccess(IntervalOf(feed), respectTtl);
        state.NextPollAt = now + delay;
    }

    /// <summary>A feed state alone goes through the same group commit as items: no extra transaction per 304.</summary>
    private Task<IngestResult> SaveAsync(FeedState state, DateTime now) => writer.IngestAsync(new IngestRequest(state, [], now));

    private async Task<PollOutcome> RecordFailureAsync(FeedDefinition feed, FeedState state, DateTime now, string kind, string message, TimeSpan? retryAfter)
    {
        // Logged once per streak (or when the reason changes), not on every retry.
        if (state.ConsecutiveFailures == 0 || state.LastErrorKind != kind || state.LastError != message)
        {
            LogFailed(logger, feed.Id, feed.Url, kind, message);
        }

        state.ConsecutiveFailures++;
        state.LastErrorKind = kind;
        state.LastError = message;
        state.LastErrorAt = now;
        (var delay, state.NextPollReason) = backoff.AfterFailure(IntervalOf(feed), state.ConsecutiveFailures, retryAfter);
        state.NextPollAt = now + delay;
        await SaveAsync(state, now);
        return new PollOutcome(feed.Id, PollStatus.Failed, Error: $"{kind}: {message}", FailureKind: kind);
    }

    /// <summary>
    /// A feed that has produced no new item for longer than its StaleAfter is marked stale, and
    /// that is logged once, when it happens; a new item clears it.
    /// </summary>
    /// <returns>Whether the flag changed.</returns>
    private bool UpdateStaleness(FeedDefinition feed, FeedState state, DateTime now)
    {
        var staleAfter = feed.StaleAfter ?? options.CurrentValue.Polling.StaleAfter;
        var quietSince = state.LastNewItemAt ?? state.FirstPollAt ?? now;
        var stale = now - quietSince > staleAfter;
        if (stale == state.Stale)
        {
            return false;
        }

        state.Stale = stale;
        if (stale)
        {
            LogStale(logger, feed.Id, feed.Url, quietSince, staleAfter);
        }
        else
        {
            LogFresh(logger, feed.Id);
        }

        return true;
    }

    private TimeSpan IntervalOf(FeedDefinition feed) => feed.Interval ?? options.CurrentValue.Polling.DefaultInterval;

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {FeedId}: {New} new, {Updated} updated, {Unchanged} unchanged, {Flagged} flagged")]
    private static partial void LogPolled(ILogger logger, string feedId, int @new, int updated, int unchanged, int flagged);

    [LoggerMessage(EventId = 1000, EventName = "WatchAlert", Level = LogLevel.Information,
        Message = "Flagged for {Rule}: {Title} ({Link}) from {FeedId}, item {ItemId}, story {StoryId}, term {Term}: {Snippet}")]
    private static partial void LogFlagged(ILogger logger, string rule, string feedId, int itemId, int storyId, string title, string? link, string term, string snippet);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Polled {FeedId}: not modified")]
    private static partial void LogNotModified(ILogger logger, string feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} ({FeedUrl}) failed: {FailureKind}: {FailureMessage}")]
    private static partial void LogFailed(ILogger logger, string feedId, string feedUrl, string failureKind, string failureMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} ({FeedUrl}) is partly broken, its complete entries were stored: {Recovery}")]
    private static partial void LogPartlyBroken(ILogger logger, string feedId, string feedUrl, string recovery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} ({FeedUrl}) moved permanently to {MovedTo}; polling the new address. Update Feeds[].Url in the config.")]
    private static partial void LogMoved(ILogger logger, string feedId, string feedUrl, string movedTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} ({FeedUrl}) is stale: no new item since {QuietSince:u}, longer than its StaleAfter of {StaleAfter}")]
    private static partial void LogStale(ILogger logger, string feedId, string feedUrl, DateTime quietSince, TimeSpan staleAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} has new items again and is no longer stale")]
    private static partial void LogFresh(ILogger logger, string feedId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} recovered after {Failures} failed polls")]
    private static partial void LogRecovered(ILogger logger, string feedId, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {FeedId} ({FeedUrl}) failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string feedId, string feedUrl);
}
