using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Storage;
using static FeedWatch.Cli.Output.NumberText;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch feeds</c>: which feeds are healthy, which are failing and why.</summary>
internal static class FeedsCommand
{
    private static readonly string[] Headers =
        ["id", "status", "lastPoll", "lastSuccess", "lastNewItem", "failures", "items", "nextPoll", "nextPollReason", "lastError", "url", "movedTo"];

    public static Command Create(CliConsole console)
    {
        var format = FormatOption.ForLists(console);
        var command = new Command("feeds", "Show each feed's health: last poll, last success, failures, last error, item count.") { format };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse);
            var feeds = store.GetFeeds();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.WriteArray(console.Out, feeds.Select(ToJson));
                    break;
                case OutputFormat.Ndjson:
                    JsonOutput.WriteLines(console.Out, feeds.Select(ToJson));
                    break;
                case OutputFormat.Csv:
                    CsvWriter.WriteRow(console.Out, Headers);
                    foreach (var feed in feeds)
                    {
                        CsvWriter.WriteRow(console.Out,
                        [
                            feed.Id, Status(feed), TimeFormat.Iso(feed.LastPollAt), TimeFormat.Iso(feed.LastSuccessAt), TimeFormat.Iso(feed.LastNewItemAt),
                            Number(feed.ConsecutiveFailures), Number(feed.ItemCount), TimeFormat.Iso(feed.NextPollAt), feed.NextPollReason, ErrorText(feed),
                            feed.Url, feed.MovedTo,
                        ]);
                    }

                    break;
                default:
                    TableWriter.Write(console.Out, ["FEED", "STATUS", "LAST POLL", "LAST SUCCESS", "FAILS", "ITEMS", "NEXT POLL", "WHY", "NOTE"],
                        feeds.Select(feed => (IReadOnlyList<string>)
                        [
                            feed.Id, Status(feed), TimeFormat.Local(feed.LastPollAt, console.Zone), TimeFormat.Local(feed.LastSuccessAt, console.Zone),
                            Number(feed.ConsecutiveFailures), Number(feed.ItemCount), TimeFormat.Local(feed.NextPollAt, console.Zone),
                            feed.NextPollReason ?? "", Note(feed),
                        ]).ToList());
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Status(FeedState feed) =>
        feed.Retired ? "retired" : feed.ConsecutiveFailures > 0 ? "failing" : feed.LastSuccessAt is null ? "new" : feed.Stale ? "stale" : "ok";

    /// <summary>The one thing ops should read about a feed: its error, that it moved, or since when it is quiet.</summary>
    private static string Note(FeedState feed) =>
        ErrorText(feed)
        ?? (feed.MovedTo is not null ? $"moved permanently to {feed.MovedTo}; update Feeds[].Url" : null)
        ?? (feed.Stale ? $"no new item since {TimeFormat.Iso(feed.LastNewItemAt ?? feed.FirstPollAt)}" : "");

    private static string? ErrorText(FeedState feed) =>
        feed.ConsecutiveFailures > 0 && feed.LastErrorKind is not null ? $"{feed.LastErrorKind}: {feed.LastError}" : null;

    private static FeedJson ToJson(FeedState feed) => new(
        feed.Id,
        feed.Url,
        feed.Title,
        Status(feed),
        TimeFormat.Iso(feed.LastPollAt),
        TimeFormat.Iso(feed.LastSuccessAt),
        TimeFormat.Iso(feed.LastNewItemAt),
        TimeFormat.Iso(feed.NextPollAt),
        feed.NextPollReason,
        feed.Stale,
        feed.MovedTo,
        feed.FeedTtl?.TotalMinutes,
        feed.ConsecutiveFailures,
        feed.LastErrorKind,
        feed.LastError,
        TimeFormat.Iso(feed.LastErrorAt),
        feed.ItemCount);
}
