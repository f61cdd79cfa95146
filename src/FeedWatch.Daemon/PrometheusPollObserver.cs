using System.Globalization;
using FeedWatch.Core.Polling;
using Prometheus;

namespace FeedWatch.Daemon;

/// <summary>
/// Counts polls for the /metrics endpoint. A skipped poll (backing off, not due) fetched nothing
/// and is not counted. Metrics live in their own registry, not prometheus-net's static default, so
/// two daemon hosts in one process (tests) never share counters.
/// </summary>
internal sealed class PrometheusPollObserver : IPollObserver
{
    // From a quick 304 to the 30 s default fetch timeout and a minute of waiting for a slot.
    private static readonly double[] DurationBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter _polls;
    private readonly Counter _failures;
    private readonly Counter _itemsStored;
    private readonly Counter _itemsFlagged;
    private readonly Histogram _duration;

    public PrometheusPollObserver(CollectorRegistry registry)
    {
        var metrics = Metrics.WithCustomRegistry(registry);
        _polls = metrics.CreateCounter("feedwatch_polls_total", "Feed polls by outcome: stored, not_modified, failed.", "feed", "status");
        _failures = metrics.CreateCounter("feedwatch_poll_failures_total", "Failed feed polls by failure kind (Timeout, HttpStatus, Parse, ...).", "feed", "kind");
        _itemsStored = metrics.CreateCounter("feedwatch_items_stored_total", "New items stored.", "feed");
        _itemsFlagged = metrics.CreateCounter("feedwatch_items_flagged_total", "New items flagged, by watch rule.", "rule");
        _duration = metrics.CreateHistogram("feedwatch_poll_duration_seconds", "Time from the start of a poll to its recorded outcome, including any wait for a slot.",
            new HistogramConfiguration { LabelNames = ["feed"], Buckets = DurationBuckets });
    }

    public void Polled(PollOutcome outcome, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Status == PollStatus.Skipped)
        {
            return;
        }

        _polls.WithLabels(outcome.FeedId, StatusLabel(outcome.Status)).Inc();
        _duration.WithLabels(outcome.FeedId).Observe(duration.TotalSeconds);
        if (outcome.Status == PollStatus.Failed)
        {
            _failures.WithLabels(outcome.FeedId, outcome.FailureKind ?? "Unknown").Inc();
        }

        if (outcome.Status == PollStatus.Stored)
        {
            _itemsStored.WithLabels(outcome.FeedId).Inc(outcome.New);
            foreach (var rule in outcome.NewFlaggedRules ?? [])
            {
                _itemsFlagged.WithLabels(rule).Inc();
            }
        }
    }

    private static string StatusLabel(PollStatus status) => status switch
    {
        PollStatus.NotModified => "not_modified",
        _ => status.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
