using System.CommandLine;
using FeedWatch.Cli.Output;
using FeedWatch.Cli.Probing;
using FeedWatch.Core.Fetching;
using FeedWatch.Core.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace FeedWatch.Cli.Commands;

/// <summary><c>feedwatch probe PATH|URL...</c>: what a feed would give FeedWatch, before ops add it. Stores nothing.</summary>
internal static class ProbeCommand
{
    public static Command Create(CliConsole console)
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = $"feeds to probe, each {ProbeTarget.Help}",
            Arity = ArgumentArity.OneOrMore,
        };
        documents.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => string.IsNullOrWhiteSpace(token.Value) || ProbeTarget.Resolve(token.Value) is null))
            {
                result.AddError($"'{token.Value}' is not {ProbeTarget.Help}.");
            }
        });
        var format = new Option<SingleOutputFormat>("--format", "-f")
        {
            Description = "table (a block per document, for people) or json (one JSON object per document, one per line)",
            DefaultValueFactory = _ => SingleOutputFormat.Table,
        };

        var command = new Command("probe", "Fetch and parse feeds without storing anything: format, title, entries and the rules they would flag.")
        {
            documents, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = ProbeConfig.Load(parse, console.Error);
            await using var services = FetcherServices.Create(options, console.Time);
            var prober = new DocumentProber(services.GetRequiredService<IFeedFetcher>(), new WatchMatcher(options.Watch));
            Action<TextWriter, ProbeReport> write = parse.GetValue(format) == SingleOutputFormat.Json ? ProbeJson.Write : ProbeTextWriter.Write;

            var allRead = true;
            foreach (var document in parse.GetRequiredValue(documents))
            {
                var report = await prober.ProbeAsync(document, cancellationToken);
                write(console.Out, report);
                allRead &= report.Error is null;
            }

            return allRead ? ExitCodes.Success : ExitCodes.ProbeFailed;
        });
        return command;
    }
}
