using System.CommandLine;
using System.Text.Json;
using FeedWatch.Cli.Health;
using FeedWatch.Cli.Output;
using FeedWatch.Core.Configuration;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary>
/// <c>feedwatch health</c>: exit 0 when the daemon is alive and no feed has failed for too long,
/// else <see cref="ExitCodes.Unhealthy"/> with one line per reason; for Docker's HEALTHCHECK and
/// monitoring. The report is the verb's output, so it goes to stdout either way.
/// </summary>
internal static class HealthCommand
{
    private static readonly TimeSpan DefaultFailingFor = TimeSpan.FromHours(6);

    public static Command Create(CliConsole console)
    {
        var maxAge = new Option<string?>("--max-age")
        {
            Description = $"how old the daemon's heartbeat may be ({DurationText.Help}); default three heartbeat intervals (90s with the default Health:HeartbeatInterval)",
        };
        var failingFor = new Option<string?>("--failing-for")
        {
            Description = $"how long a feed may fail before it makes the daemon unhealthy ({DurationText.Help}); default 6h",
        };
        var format = FormatOption.ForOneRecord();
        var command = new Command("health",
            $"Exit 0 if the daemon is alive (recent heartbeat) and no enabled feed has been failing for longer than --failing-for; else exit {ExitCodes.Unhealthy} with each reason on its own line.")
        {
            maxAge, failingFor, format,
        };
        command.SetAction(parse =>
        {
            var allowedAge = ParseSpan(parse.GetValue(maxAge), "--max-age");
            var threshold = ParseSpan(parse.GetValue(failingFor), "--failing-for") ?? DefaultFailingFor;
            using var store = StoreOpener.Open(parse);
            var config = CliConfig.LoadIfValid(parse);
            var report = HealthReport.Evaluate(
                console.Time.GetUtcNow().UtcDateTime, store.GetHeartbeat(), FeedsToJudge(store.GetFeeds(), config), allowedAge, threshold,
                (config ?? new FeedWatchOptions()).Health.HeartbeatInterval);
            if (parse.GetValue(format) == SingleOutputFormat.Json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(HealthJson.Of(report), ItemJson.Options));
            }
            else
            {
                WriteText(console.Out, report);
            }

            return report.Healthy ? ExitCodes.Success : ExitCodes.Unhealthy;
        });
        return command;
    }

    /// <summary>The config's enabled feeds when it can be read; without it (only <c>--db</c>), every feed not retired.</summary>
    private static IEnumerable<FeedState> FeedsToJudge(IReadOnlyList<FeedState> feeds, FeedWatchOptions? config)
    {
        var enabled = config?.Feeds.Where(feed => feed.Enabled).Select(feed => feed.Id).ToHashSet(StringComparer.Ordinal);
        return feeds.Where(feed => !feed.Retired && (enabled is null || enabled.Contains(feed.Id)));
    }

    private static TimeSpan? ParseSpan(string? text, string optionName) =>
        text is null
            ? null
            : DurationText.TryParse(text) ?? throw new CliException(ExitCodes.UsageOrConfig, $"{optionName} '{text}' is not understood; use {DurationText.Help}.");

    private static void WriteText(TextWriter output, HealthReport report)
    {
        if (!report.Healthy)
        {
            foreach (var reason in report.Reasons)
            {
                output.WriteLine($"unhealthy: {reason}");
            }

            return;
        }

        var beat = report.Heartbeat!;
        var failing = report.FailingFeeds.Count == 0
            ? $"no feed failing (allowed {DurationText.Format(report.FailingFor)})"
            : $"failing for less than {DurationText.Format(report.FailingFor)}: {string.Join(", ", report.FailingFeeds.Select(f => TerminalText.Clean(f.State.Id)))}";
        output.WriteLine($"healthy: heartbeat {DurationText.Format(report.HeartbeatAge!.Value)} ago (pid {beat.ProcessId} on {TerminalText.Clean(beat.HostName)}, " +
            $"up since {TimeFormat.Iso(beat.StartedAt)}, {beat.Feeds} feeds); {failing}");
    }
}
