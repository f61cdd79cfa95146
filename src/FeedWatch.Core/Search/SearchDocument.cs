using System.Globalization;
using FeedWatch.Core.Matching;
using FeedWatch.Core.Storage;
using Lucene.Net.Documents;

namespace FeedWatch.Core.Search;

/// <summary>An item as the search index holds it: its id, and its words as watch rules read them.</summary>
internal static class SearchDocument
{
    public const string KeyField = "key";
    public const string IdField = "id";
    public const string TextField = "text";

    public static string KeyOf(int itemId) => itemId.ToString(CultureInfo.InvariantCulture);

    public static Document For(StoredItem item)
    {
        var document = new Document
        {
            new StringField(KeyField, KeyOf(item.Id), Field.Store.NO),
            new NumericDocValuesField(IdField, item.Id),
        };
        foreach (var text in new[] { item.Title, item.Summary, item.Content })
        {
            if (!string.IsNullOrEmpty(text))
            {
                document.Add(new TextField(TextField, FoldedWords(text), Field.Store.NO));
            }
        }

        return document;
    }

    public static string FoldedWords(string text) => string.Join(' ', TextTokenizer.FoldedWords(text));
}
