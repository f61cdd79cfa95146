using System.CommandLine;
using FeedWatch.Core.Search;

namespace FeedWatch.Cli.Commands;

/// <summary><c>--search</c> as <c>items</c> and <c>stories</c> read it, refused before the database is opened when it holds no word.</summary>
internal static class SearchOption
{
    public static Option<string?> Create()
    {
        var search = new Option<string?>("--search", "-s")
        {
            Description = "words and \"quoted phrases\" that must all occur in the title, summary or content; read like watch terms (any case, any dash)",
        };
        search.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && SearchText.Parse(token.Value) is null)
            {
                result.AddError($"--search '{token.Value}' has no word to look for.");
            }
        });
        return search;
    }
}
