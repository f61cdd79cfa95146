using System.Text.Json;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>The generated items with their ground truth and the story each was put in, one JSON object a line: to read what the generator writes and where stories went wrong, or to try another rule on it.</summary>
internal static class GeneratedItemsFile
{
    public static void Write(string path, StoryCorpus corpus, int[] storyOf)
    {
        using var writer = new StreamWriter(path);
        foreach (var item in corpus.Items.Take(storyOf.Length))
        {
            var news = corpus.Events[item.EventId];
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                item.Index,
                Feed = corpus.Feeds[item.Feed].Id,
                item.Seen,
                item.Published,
                Event = item.EventId,
                Kind = news.Kind.Name,
                Place = news.Place.Name,
                FollowUpOf = news.ParentId,
                item.FirstReport,
                Story = storyOf[item.Index],
                Variant = item.Variant.ToString(),
                item.Title,
                item.Summary,
            }));
        }
    }
}
