using LiteDB;

namespace FeedWatch.Core.Storage;

/// <summary>
/// The <c>items</c> collection as <see cref="StoredItem"/>s, converted by <see cref="StoredItemDocument"/>
/// rather than by a typed LiteDB collection, which would build the mapper's accessors first.
/// </summary>
internal sealed class ItemCollection(ILiteCollection<BsonDocument> documents)
{
    public ILiteCollection<BsonDocument> Documents => documents;

    public StoredItem? FindById(int id) => documents.FindById(id) is { } document ? StoredItemDocument.FromDocument(document) : null;

    public IEnumerable<StoredItem> Find(BsonExpression predicate) => documents.Find(predicate).Select(StoredItemDocument.FromDocument);

    /// <summary>Items of a query over the documents, in its order.</summary>
    public static List<StoredItem> ToItems(ILiteQueryableResult<BsonDocument> query) => [.. query.ToEnumerable().Select(StoredItemDocument.FromDocument)];

    /// <summary>Stores a new item and gives it the id LiteDB assigned.</summary>
    public int Insert(StoredItem item)
    {
        item.Id = documents.Insert(StoredItemDocument.ToDocument(item)).AsInt32;
        return item.Id;
    }

    public bool Update(StoredItem item) => documents.Update(StoredItemDocument.ToDocument(item));

    public bool Delete(int id) => documents.Delete(id);

    public int Count() => documents.Count();

    public StoredItem? Newest(string? predicate = null, params BsonValue[] parameters)
    {
        var query = predicate is null ? documents.Query() : documents.Query().Where(predicate, parameters);
        return query.OrderByDescending("_id").Limit(1).FirstOrDefault() is { } document ? StoredItemDocument.FromDocument(document) : null;
    }

    public void EnsureIndex(string name, string expression, bool unique = false) => documents.EnsureIndex(name, expression, unique);

    public void DropIndex(string name) => documents.DropIndex(name);
}
