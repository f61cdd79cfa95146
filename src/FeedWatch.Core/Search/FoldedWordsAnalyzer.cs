using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace FeedWatch.Core.Search;

/// <summary>
/// Text reaches Lucene already read the FeedWatch way (<see cref="SearchDocument"/>), folded words
/// separated by spaces, so Lucene only splits on spaces. The gap between the values of the field
/// (title, summary, content) keeps a phrase from matching across two of them.
/// </summary>
internal sealed class FoldedWordsAnalyzer : Analyzer
{
    private const int GapBetweenFields = 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader));

    public override int GetPositionIncrementGap(string fieldName) => GapBetweenFields;
}
