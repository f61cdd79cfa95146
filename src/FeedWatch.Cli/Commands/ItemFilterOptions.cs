using System.CommandLine;
using FeedWatch.Core.Storage;

namespace FeedWatch.Cli.Commands;

/// <summary>The filters <c>items</c> and <c>export</c> share, so both read them the same way.</summary>
internal sealed class ItemFilterOptions
{
    private readonly Option<bool> _flagged = new("--flagged") { Description = "only items that matched a watch rule" };
    private readonly Option<string?> _rule = new("--rule") { Description = "only items flagged by this rule (implies --flagged)" };
    private readonly Option<string?> _feed = new("--feed") { Description = "only items carried by this feed id" };
    private readonly Option<string?> _since = new("--since") { Description = $"first seen since: {SinceParser.Help}" };
    private readonly Option<string?> _until = new("--until") { Description = "first seen before: the same forms as --since" };

    public IEnumerable<Option> Options => [_flagged, _rule, _feed, _since, _until];

    public ItemQuery ToQuery(ParseResult parse, CliConsole console) => new()
    {
        FlaggedOnly = parse.GetValue(_flagged),
        Rule = CliConfig.CanonicalRuleName(parse, parse.GetValue(_rule)),
        FeedId = parse.GetValue(_feed),
        Since = SinceParser.ParseOption(parse.GetValue(_since), "--since", console),
        Until = SinceParser.ParseOption(parse.GetValue(_until), "--until", console),
    };

    /// <summary>Rejects zero and negative counts (<c>--limit</c>, <c>--min-sources</c>); unparsable values already carry the parser's own error.</summary>
    public static void RequirePositive<T>(Option<T> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        count.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value <= 0)
            {
                result.AddError($"{count.Name} must be a positive number.");
            }
        });
    }
}
