using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// A <see cref="StoredItem"/> to and from its BSON document, written out by hand. LiteDB's mapper
/// spent ~12 µs an item each way through reflection-built accessors (a cold 500-feed cycle writes
/// 22,000 items, `items --collapse` reads thousands) and ~40 ms building them in every CLI process.
/// The documents are the mapper's field for field (StoredItemDocumentTests holds the two together),
/// so files written before read the same and the indexes' expressions still hold.
/// </summary>
internal static class StoredItemDocument
{
    public static BsonDocument ToDocument(StoredItem item)
    {
        var document = new BsonDocument();
        // An auto-id insert leaves the id out; LiteDB assigns the next one.
        if (item.Id != 0)
        {
            document["_id"] = item.Id;
        }

        AddString(document, nameof(StoredItem.DedupKey), item.DedupKey);
        AddStrings(document, nameof(StoredItem.EntryKeys), item.EntryKeys);
        AddStrings(document, nameof(StoredItem.Sources), item.Sources);
        AddString(document, nameof(StoredItem.Title), item.Title);
        AddString(document, nameof(StoredItem.Link), item.Link);
        AddString(document, nameof(StoredItem.Author), item.Author);
        AddStrings(document, nameof(StoredItem.Categories), item.Categories);
        AddString(document, nameof(StoredItem.Summary), item.Summary);
        AddString(document, nameof(StoredItem.SummaryHtml), item.SummaryHtml);
        AddString(document, nameof(StoredItem.Content), item.Content);
        if (item.Published is { } published)
        {
            document[nameof(StoredItem.Published)] = Utc(published);
        }

        document[nameof(StoredItem.FirstSeen)] = Utc(item.FirstSeen);
        document[nameof(StoredItem.LastSeen)] = Utc(item.LastSeen);
        AddString(document, nameof(StoredItem.ContentHash), item.ContentHash);
        if (item.Matches is { } matches)
        {
            var array = new BsonArray();
            foreach (var match in matches)
            {
                array.Add(match is null ? BsonValue.Null : ToDocument(match));
            }

            document[nameof(StoredItem.Matches)] = array;
        }

        document[nameof(StoredItem.Flagged)] = item.Flagged;
        if (item.StoryId is { } storyId)
        {
            document[nameof(StoredItem.StoryId)] = storyId;
        }

        return document;
    }

    /// <summary>Fields a document lacks (files from before they existed) keep the type's defaults, as with the mapper.</summary>
    public static StoredItem FromDocument(BsonDocument document)
    {
        var item = new StoredItem();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case "_id": item.Id = value.IsNull ? 0 : value.AsInt32; break;
                case nameof(StoredItem.DedupKey): item.DedupKey = String(value)!; break;
                case nameof(StoredItem.EntryKeys): item.EntryKeys = Strings(value)!; break;
                case nameof(StoredItem.Sources): item.Sources = Strings(value)!; break;
                case nameof(StoredItem.Title): item.Title = String(value)!; break;
                case nameof(StoredItem.Link): item.Link = String(value); break;
                case nameof(StoredItem.Author): item.Author = String(value); break;
                case nameof(StoredItem.Categories): item.Categories = Strings(value)!; break;
                case nameof(StoredItem.Summary): item.Summary = String(value)!; break;
                case nameof(StoredItem.SummaryHtml): item.SummaryHtml = String(value); break;
                case nameof(StoredItem.Content): item.Content = String(value)!; break;
                case nameof(StoredItem.Published): item.Published = value.IsNull ? null : Utc(value); break;
                case nameof(StoredItem.FirstSeen): item.FirstSeen = value.IsNull ? default : Utc(value); break;
                case nameof(StoredItem.LastSeen): item.LastSeen = value.IsNull ? default : Utc(value); break;
                case nameof(StoredItem.ContentHash): item.ContentHash = String(value)!; break;
                case nameof(StoredItem.Matches): item.Matches = value.IsArray ? [.. value.AsArray.Select(m => m.IsDocument ? FromMatchDocument(m.AsDocument) : null!)] : null!; break;
                case nameof(StoredItem.Flagged): item.Flagged = !value.IsNull && value.AsBoolean; break;
                case nameof(StoredItem.StoryId): item.StoryId = value.IsNull ? null : value.AsInt32; break;
                default: break;
            }
        }

        return item;
    }

    private static BsonDocument ToDocument(StoredMatch match)
    {
        var document = new BsonDocument();
        AddString(document, nameof(StoredMatch.Rule), match.Rule);
        AddString(document, nameof(StoredMatch.Term), match.Term);
        AddString(document, nameof(StoredMatch.Field), match.Field);
        AddString(document, nameof(StoredMatch.Snippet), match.Snippet);
        document[nameof(StoredMatch.HitStart)] = match.HitStart;
        document[nameof(StoredMatch.HitLength)] = match.HitLength;
        AddString(document, nameof(StoredMatch.RuleVersion), match.RuleVersion);
        return document;
    }

    private static StoredMatch FromMatchDocument(BsonDocument document)
    {
        var match = new StoredMatch();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(StoredMatch.Rule): match.Rule = String(value)!; break;
                case nameof(StoredMatch.Term): match.Term = String(value)!; break;
                case nameof(StoredMatch.Field): match.Field = String(value)!; break;
                case nameof(StoredMatch.Snippet): match.Snippet = String(value)!; break;
                case nameof(StoredMatch.HitStart): match.HitStart = value.IsNull ? 0 : value.AsInt32; break;
                case nameof(StoredMatch.HitLength): match.HitLength = value.IsNull ? 0 : value.AsInt32; break;
                case nameof(StoredMatch.RuleVersion): match.RuleVersion = String(value)!; break;
                default: break;
            }
        }

        return match;
    }

    // The mapper leaves null members out of the document (SerializeNullValues is off).
    private static void AddString(BsonDocument document, string name, string? value)
    {
        if (value is not null)
        {
            document[name] = value;
        }
    }

    private static void AddStrings(BsonDocument document, string name, List<string>? values)
    {
        if (values is null)
        {
            return;
        }

        var array = new BsonArray();
        foreach (var value in values)
        {
            array.Add(value is null ? BsonValue.Null : new BsonValue(value));
        }

        document[name] = array;
    }

    private static string? String(BsonValue value) => value.IsNull ? null : value.IsString ? value.AsString : value.ToString();

    private static List<string>? Strings(BsonValue value) => value.IsArray ? [.. value.AsArray.Select(element => String(element)!)] : null;

    // As the mapper's registered DateTime type: LiteDB keeps UTC ticks and hands back local time.
    private static BsonValue Utc(DateTime value) => new(value.ToUniversalTime());

    private static DateTime Utc(BsonValue value) => DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc);
}
