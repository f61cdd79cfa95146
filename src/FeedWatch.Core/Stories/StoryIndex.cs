namespace FeedWatch.Core.Stories;

/// <summary>
/// The recent items, by content word, for finding the story a new item belongs to. Only items first
/// seen within <paramref name="keep"/> of the newest are held (older ones cannot be published close
/// enough to a new item to share its story), and each word keeps only its most recent
/// <see cref="PostingCap"/> items, so the cost of a lookup is bounded by the item's own words and never
/// grows with the store. A capped word is a common one; an item's rarer words still find its partner.
/// </summary>
/// <remarks>
/// Every word of every item is indexed (not a MinHash band of them) because stories are judged by
/// containment: a lead-only copy shares few bands with the full report but most of its own words.
/// Candidates are counted by shared words and only the best few are compared exactly.
/// <para>
/// Words that many of the held items use ("officials", "province", the name of the country every feed
/// covers) say nothing about which event an item reports, and an item whose overlap with another is
/// only such words is not a copy of it. Left in, they chain unrelated items into one story: on 22,000
/// generated items from a 280-word vocabulary, one story swallowed 97 % of them. So words used by more
/// than <see cref="CommonShare"/> of the held stories (at least <see cref="CommonFloor"/>), or of the
/// held items (at least <see cref="CommonItemFloor"/>), are left out of both sides of the comparison.
/// Stories are counted (an item counts when it starts a story) so that forty copies of one big event do
/// not make the event's own words common and stop its later copies joining it; items are counted too,
/// because a story that wrongly swallowed many items would otherwise keep its words from ever counting.
/// With few items held nothing counts as common.
/// </para>
/// </remarks>
public sealed class StoryIndex(TimeSpan keep)
{
    public const int PostingCap = 64;

    public const double CommonShare = 0.02;

    public const int CommonFloor = 20;

    public const int CommonItemFloor = 50;

    private const int MinSharedWords = NearDuplicates.MinSharedWords;

    private const int CandidatesCompared = 16;

    private readonly Dictionary<int, Entry> _entries = [];
    private readonly Dictionary<uint, Queue<int>> _postings = [];
    private readonly Queue<int> _byArrival = new();
    private readonly Dictionary<int, int> _sharedCounts = [];
    private readonly int[] _best = new int[CandidatesCompared];
    private readonly Dictionary<uint, int> _storiesWithWord = [];
    private readonly Dictionary<uint, int> _itemsWithWord = [];
    private int _storiesHeld;

    public int Count => _entries.Count;

    /// <summary>Adds an item whose story is decided; items must come in first-seen order.</summary>
    /// <param name="storyReportedAt">When its story was first reported; null: the item's own <paramref name="reportedAt"/>.</param>
    public void Add(int itemId, int storyId, DateTime reportedAt, DateTime firstSeen, StoryWords words, DateTime? storyReportedAt = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        Evict(firstSeen - keep);
        var entry = new Entry(itemId, storyId, reportedAt, storyReportedAt ?? reportedAt, firstSeen, words.Hashes);
        if (!_entries.TryAdd(itemId, entry))
        {
            return;
        }

        _byArrival.Enqueue(itemId);
        if (entry.StartsStory)
        {
            _storiesHeld++;
        }

        foreach (var word in words.Hashes)
        {
            _itemsWithWord[word] = _itemsWithWord.GetValueOrDefault(word) + 1;
            if (entry.StartsStory)
            {
                _storiesWithWord[word] = _storiesWithWord.GetValueOrDefault(word) + 1;
            }

            if (!_postings.TryGetValue(word, out var items))
            {
                _postings[word] = items = new Queue<int>();
            }

            if (items.Count == PostingCap)
            {
                items.Dequeue();
            }

            items.Enqueue(itemId);
        }
    }

    /// <summary>The story of the held item most like these words, if it is the same story by <paramref name="rule"/>.</summary>
    public StoryCandidate? FindStory(StoryWords words, DateTime reportedAt, NearDuplicates rule)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(rule);
        var telling = TellingWords(words.Hashes);
        if (telling.Length < MinSharedWords)
        {
            return null;
        }

        _sharedCounts.Clear();
        foreach (var word in telling)
        {
            if (_postings.TryGetValue(word, out var items))
            {
                foreach (var itemId in items)
                {
                    _sharedCounts[itemId] = _sharedCounts.GetValueOrDefault(itemId) + 1;
                }
            }
        }

        StoryCandidate? best = null;
        foreach (var itemId in MostShared())
        {
            // Near the story's first report too, not only the member: a story must not creep on for
            // weeks through ever newer members, each a few days after the last.
            var entry = _entries[itemId];
            if (!rule.CloseInTime(entry.ReportedAt, reportedAt) || !rule.CloseInTime(entry.StoryReportedAt, reportedAt))
            {
                continue;
            }

            var (shared, theirs) = SharedTellingWords(telling, entry.Words);
            var smaller = Math.Min(telling.Length, theirs);
            var containment = smaller == 0 ? 0 : (double)shared / smaller;
            if (rule.Contains(shared, smaller) && (best is null || containment > best.Containment))
            {
                best = new StoryCandidate(entry.ItemId, entry.StoryId, containment);
            }
        }

        return best;
    }

    /// <summary>
    /// The <see cref="CandidatesCompared"/> items with the most shared words (at least
    /// <see cref="MinSharedWords"/>), most first, newest first among equals; picked without sorting them all.
    /// </summary>
    private ReadOnlySpan<int> MostShared()
    {
        var count = 0;
        foreach (var (itemId, shared) in _sharedCounts)
        {
            if (shared < MinSharedWords)
            {
                continue;
            }

            var at = count < CandidatesCompared ? count++ : CandidatesCompared;
            while (at > 0 && Better(itemId, shared, _best[at - 1]))
            {
                if (at < CandidatesCompared)
                {
                    _best[at] = _best[at - 1];
                }

                at--;
            }

            if (at < CandidatesCompared)
            {
                _best[at] = itemId;
            }
        }

        return _best.AsSpan(0, count);
    }

    private bool Better(int itemId, int shared, int than)
    {
        var theirs = _sharedCounts[than];
        return shared > theirs || (shared == theirs && itemId > than);
    }

    /// <summary>Words in both, and the candidate's count, leaving out words common among the held items.</summary>
    private (int Shared, int Theirs) SharedTellingWords(uint[] telling, uint[] candidate)
    {
        int shared = 0, theirs = 0, i = 0;
        foreach (var word in candidate)
        {
            if (IsCommon(word))
            {
                continue;
            }

            theirs++;
            while (i < telling.Length && telling[i] < word)
            {
                i++;
            }

            if (i < telling.Length && telling[i] == word)
            {
                shared++;
            }
        }

        return (shared, theirs);
    }

    /// <summary>The words that are not common among the held items, still sorted.</summary>
    private uint[] TellingWords(uint[] words) => Array.FindAll(words, word => !IsCommon(word));

    private bool IsCommon(uint word) =>
        _storiesWithWord.GetValueOrDefault(word) > Math.Max(CommonFloor, CommonShare * _storiesHeld)
        || _itemsWithWord.GetValueOrDefault(word) > Math.Max(CommonItemFloor, CommonShare * _entries.Count);

    private void Evict(DateTime seenBefore)
    {
        while (_byArrival.TryPeek(out var oldestId) && _entries[oldestId] is var oldest && oldest.FirstSeen < seenBefore)
        {
            _byArrival.Dequeue();
            _entries.Remove(oldest.ItemId);
            if (oldest.StartsStory)
            {
                _storiesHeld--;
            }

            foreach (var word in oldest.Words)
            {
                Decrement(_itemsWithWord, word);
                if (oldest.StartsStory)
                {
                    Decrement(_storiesWithWord, word);
                }

                // Postings are in arrival order too, so the oldest item is at the head of each of its
                // words' queues, unless the cap pushed it out already.
                if (_postings.TryGetValue(word, out var items) && items.TryPeek(out var head) && head == oldest.ItemId)
                {
                    items.Dequeue();
                    if (items.Count == 0)
                    {
                        _postings.Remove(word);
                    }
                }
            }
        }
    }

    private static void Decrement(Dictionary<uint, int> counts, uint word)
    {
        if (--counts[word] == 0)
        {
            counts.Remove(word);
        }
    }

    /// <summary>A struct, kept inline in the dictionary: the index holds days of items.</summary>
    private readonly record struct Entry(int ItemId, int StoryId, DateTime ReportedAt, DateTime StoryReportedAt, DateTime FirstSeen, uint[] Words)
    {
        public bool StartsStory => StoryId == ItemId;
    }
}

/// <param name="ItemId">The held item the new one is most like.</param>
/// <param name="StoryId">That item's story.</param>
public sealed record StoryCandidate(int ItemId, int StoryId, double Containment);
