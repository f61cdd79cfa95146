using System.Security.Cryptography;
using System.Text;
using FeedWatch.Benchmarks.Matching;
using FeedWatch.Core.Deduplication;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Normalizing;

namespace FeedWatch.Benchmarks.Cli;

/// <summary>
/// One generated news item at a time, as a poll hands it to the store: the match benchmark's text
/// (whose vocabulary holds none of the sample rules' words), ~5 % with a planted term in the title,
/// matched by the real matcher so that stored matches, snippets and rule versions are what the
/// daemon would have written.
/// </summary>
internal sealed class GeneratedNews(Random random, TextVocabulary vocabulary, WatchMatcher matcher)
{
    private const double FlaggedShare = 0.05;

    public IdentifiedItem Next(int index, string feedId, DateTime seen)
    {
        var title = MatchWorkload.Words(random, vocabulary, random.Next(8, 15), sentences: false);
        var summary = MatchWorkload.Words(random, vocabulary, random.Next(40, 81), sentences: true);
        var planted = random.NextDouble() < FlaggedShare ? PlantedTerms.Next(random) : null;
        if (planted is not null)
        {
            title.Insert(random.Next(1, title.Count + 1), planted);
        }

        var titleText = MatchWorkload.Text(title);
        var summaryText = MatchWorkload.Text(summary);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(titleText + summaryText)));
        var link = $"https://{feedId}.example/{seen:yyyy'/'MM'/'dd}/story-{index}";
        var published = seen.AddMinutes(-random.Next(5, 240));
        var item = new NormalizedItem(null, link, titleText, summaryText, null, "", null, [], published, hash);

        // Only planted items can match (no text word is a term word), so the others skip the matcher.
        IReadOnlyList<WatchMatch> matches = planted is null ? [] : matcher.Match(MatchField.Of(item));
        if (planted is not null && matches.Count == 0)
        {
            throw new InvalidOperationException($"The matcher found nothing in a title with '{planted}': \"{titleText}\".");
        }

        return new IdentifiedItem(item, ItemIdentity.For(feedId, item), matches);
    }
}
