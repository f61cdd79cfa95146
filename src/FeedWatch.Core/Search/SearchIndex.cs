using System.Globalization;
using FeedWatch.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FeedWatch.Core.Search;

/// <summary>
/// A Lucene index of every item's words beside the LiteDB file (<c>feedwatch.db.search/</c>), so
/// that <c>items --search</c> reads a posting list instead of every item. It is a cache of the
/// database, never the source: its last commit records the highest item id it holds
/// (<see cref="Through"/>), items above that and items whose text changed since
/// (the store's reindex queue) are checked directly, and the whole folder can be deleted at any time.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string ThroughKey = "through";
    private readonly LuceneDirectory _directory;

    private SearchIndex(LuceneDirectory directory) => _directory = directory;

    public static string PathFor(string databasePath) => databasePath + ".search";

    public static SearchIndex Open(string databasePath) =>
        new(FSDirectory.Open(new DirectoryInfo(PathFor(databasePath)), new NativeFSLockFactory()));

    /// <summary>
    /// Lucene.Net's once-a-process work (codecs found by reflection, the writer, reader and phrase
    /// search types) done on a throwaway index in memory: a CLI search does it on another core while it
    /// reads its config and opens the store, instead of after.
    /// </summary>
    public static void WarmUp()
    {
        using var index = new SearchIndex(new RAMDirectory());
        using (var writer = index.TryOpenWriter()!)
        {
            writer.Index([new StoredItem { Id = 1, Title = "warm up" }]);
            writer.Commit(1);
        }

        _ = index.Through;
        _ = index.Find(SearchText.Parse("\"warm up\"")!, oldestFirst: false, after: null, count: 1);
    }

    /// <summary>The highest item id of the last commit; 0 when nothing was ever indexed.</summary>
    public int Through
    {
        get
        {
            // Reading a commit reads every segment's info file (~12 ms); a search asks twice, the daemon every few seconds.
            var generation = SegmentInfos.GetLastCommitGeneration(_directory);
            if (generation <= 0)
            {
                return 0;
            }

            if (generation != _throughGeneration)
            {
                var commit = new SegmentInfos();
                commit.Read(_directory);
                _through = commit.UserData.TryGetValue(ThroughKey, out var through) ? int.Parse(through, CultureInfo.InvariantCulture) : 0;
                _throughGeneration = generation;
            }

            return _through;
        }
    }

    private long _throughGeneration = -1;
    private int _through;

    /// <summary>Null when another process (the daemon) is writing the index now.</summary>
    public Writer? TryOpenWriter()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new FoldedWordsAnalyzer()) { OpenMode = OpenMode.CREATE_OR_APPEND };
        try
        {
            return new Writer(new IndexWriter(_directory, config), Through);
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
    }

    /// <summary>Ids of indexed items whose words hold every phrase, newest first (or oldest), a page after <paramref name="after"/>.</summary>
    public (IReadOnlyList<int> Ids, ScoreDoc? Last) Find(SearchText search, bool oldestFirst, ScoreDoc? after, int count)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!DirectoryReader.IndexExists(_directory))
        {
            return ([], null);
        }

        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader);
        var sort = new Sort(new SortField(SearchDocument.IdField, SortFieldType.INT32, reverse: !oldestFirst));
        var hits = after is null
            ? searcher.Search(QueryFor(search), null, count, sort)
            : searcher.SearchAfter(after, QueryFor(search), null, count, sort);
        // Doc values, not stored fields: a column read per hit instead of a document decompressed per hit.
        var idColumn = MultiDocValues.GetNumericValues(reader, SearchDocument.IdField);
        var ids = hits.ScoreDocs.Select(hit => (int)idColumn.Get(hit.Doc)).ToList();
        return (ids, hits.ScoreDocs.Length == 0 ? null : hits.ScoreDocs[^1]);
    }

    private static BooleanQuery QueryFor(SearchText search)
    {
        var query = new BooleanQuery();
        foreach (var phrase in search.Phrases)
        {
            if (phrase.Count == 1)
            {
                query.Add(new TermQuery(new Term(SearchDocument.TextField, phrase[0])), Occur.MUST);
                continue;
            }

            var words = new PhraseQuery();
            foreach (var word in phrase)
            {
                words.Add(new Term(SearchDocument.TextField, word));
            }

            query.Add(words, Occur.MUST);
        }

        return query;
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>The one writer of the index; items are added in id order and committed with the id reached.</summary>
    public sealed class Writer(IndexWriter writer, int through) : IDisposable
    {
        public int Through { get; private set; } = through;

        public void Index(IEnumerable<StoredItem> items)
        {
            ArgumentNullException.ThrowIfNull(items);
            foreach (var item in items)
            {
                writer.UpdateDocument(new Term(SearchDocument.KeyField, SearchDocument.KeyOf(item.Id)), SearchDocument.For(item));
            }
        }

        public void Commit(int through)
        {
            Through = Math.Max(Through, through);
            writer.SetCommitData(new Dictionary<string, string> { [ThroughKey] = Through.ToString(CultureInfo.InvariantCulture) });
            writer.Commit();
        }

        public void Dispose() => writer.Dispose();
    }
}
