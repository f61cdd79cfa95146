using System.Xml;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// One streaming pass over an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 document, driven by element names
/// the way lenient readers are, rather than by one schema per version. Entries are kept as they
/// complete, so a document that breaks part-way still yields everything before the break.
/// </summary>
/// <remarks>
/// System.ServiceModel.Syndication is not used for reading: it rejects RSS 1.0, Atom 0.3 and
/// RSS without version 2.0, loses a whole feed to one bad date or unexpected element, and
/// allocates about 13 times the input (DEPENDENCY-NOTES.md). It remains the tool for writing feeds.
/// </remarks>
internal sealed class XmlFeedReader(XmlReader reader, FeedFormat format)
{
    private readonly List<ParsedEntry> _entries = [];
    private readonly bool _atom = format is FeedFormat.Atom10 or FeedFormat.Atom03 or FeedFormat.Atom;
    private string? _title;
    private string? _rssLink;
    private string? _alternateLink;
    private string? _otherLink;
    private string? _id;
    private int? _ttlMinutes;
    private string? _updatePeriod;
    private int? _updateFrequency;

    public IReadOnlyList<ParsedEntry> Entries => _entries;

    public ParsedFeed ToFeed(string? recovery = null) =>
        new(format, _title, _rssLink ?? _alternateLink ?? _otherLink, _entries, recovery)
        {
            Id = _id,
            Ttl = FeedTtl.From(_ttlMinutes, _updatePeriod, _updateFrequency),
        };

    /// <summary>Reads from the root element to the end; throws <see cref="XmlException"/> where the document breaks.</summary>
    public void Read()
    {
        var baseUri = XmlBase.Of(reader, null);
        if (reader.LocalName == "entry")
        {
            // An Atom entry document (RFC 4287 section 4.1.2): a feed of one.
            ReadEntry(baseUri);
            return;
        }

        ReadContainer(baseUri);
    }

    private void ReadContainer(Uri? baseUri)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var elementBase = XmlBase.Of(reader, baseUri);
            var core = FeedNamespaces.IsCore(reader.NamespaceURI);
            switch (reader.LocalName)
            {
                case "item" or "entry" when core:
                    ReadEntry(elementBase);
                    break;
                case "channel" when core:
                    // Entered in place, not by recursion: how deeply channels nest is the
                    // document's choice, and a stack overflow cannot be caught.
                    baseUri = reader.IsEmptyElement ? baseUri : elementBase;
                    reader.Read();
                    break;
                case "title" when core && _title is null:
                    _title = XmlContent.ReadAsHtml(reader, plainTextByDefault: _atom);
                    break;
                case "link" when core:
                    ReadFeedLink(elementBase);
                    break;
                case "id" when core && _id is null:
                    _id = NullIfBlank(XmlContent.ReadMixed(reader));
                    break;
                case "ttl" when core:
                    _ttlMinutes = FeedTtl.Number(XmlContent.ReadMixed(reader));
                    break;
                case "updatePeriod" when reader.NamespaceURI == FeedNamespaces.Syndication:
                    _updatePeriod = XmlContent.ReadMixed(reader).Trim();
                    break;
                case "updateFrequency" when reader.NamespaceURI == FeedNamespaces.Syndication:
                    _updateFrequency = FeedTtl.Number(XmlContent.ReadMixed(reader));
                    break;
                default:
                    // image, textinput, items (rdf:Seq), extensions: nothing an analyst reads.
                    reader.Skip();
                    break;
            }
        }

        reader.Read();
    }

    private void ReadFeedLink(Uri? baseUri)
    {
        var href = reader.GetAttribute("href");
        if (href is null)
        {
            if (FirstOf(_rssLink is not null))
            {
                _rssLink = XmlBase.Resolve(XmlContent.ReadMixed(reader), baseUri);
            }
            return;
        }

        switch (LinkKind())
        {
            case AtomLinkKind.Alternate:
                _alternateLink ??= XmlBase.ResolveHref(href, baseUri);
                break;
            case AtomLinkKind.Other:
                _otherLink ??= XmlBase.ResolveHref(href, baseUri);
                break;
        }

        reader.Skip();
    }

    /// <summary>Adds the entry as soon as its end tag is read, before the reader looks further, which may fail.</summary>
    private void ReadEntry(Uri? baseUri)
    {
        // RSS 1.0 identifies an item by its rdf:about.
        var entry = new EntryBuilder { Id = reader.GetAttribute("about", FeedNamespaces.Rdf) };
        if (reader.IsEmptyElement)
        {
            _entries.Add(entry.Build());
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                ReadEntryElement(entry, XmlBase.Of(reader, baseUri));
            }
            else
            {
                reader.Read();
            }
        }

        if (!reader.EOF)
        {
            _entries.Add(entry.Build());
        }

        reader.Read();
    }

    private void ReadEntryElement(EntryBuilder entry, Uri? baseUri)
    {
        var ns = reader.NamespaceURI;
        if (FeedNamespaces.IsCore(ns))
        {
            ReadCoreElement(entry, baseUri);
        }
        else if (ns is FeedNamespaces.DublinCore or FeedNamespaces.DublinCoreTerms)
        {
            ReadDublinCore(entry);
        }
        else if (ns == FeedNamespaces.Media)
        {
            ReadMedia(entry);
        }
        else if (ns == FeedNamespaces.Content && reader.LocalName == "encoded")
        {
            if (FirstOf(entry.Content is not null))
            {
                entry.Content = XmlContent.ReadMixed(reader);
            }
        }
        else
        {
            reader.Skip();
        }
    }

    private void ReadCoreElement(EntryBuilder entry, Uri? baseUri)
    {
        switch (reader.LocalName)
        {
            case "title":
                if (FirstOf(entry.Title is not null))
                {
                    entry.Title = XmlContent.ReadAsHtml(reader, plainTextByDefault: _atom);
                }
                break;
            case "link":
                ReadEntryLink(entry, baseUri);
                break;
            case "guid":
                entry.IdIsPermaLink = !string.Equals(reader.GetAttribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                entry.Id = XmlContent.ReadMixed(reader);
                break;
            case "id":
                entry.Id = XmlContent.ReadMixed(reader);
                break;
            case "pubDate" or "published" or "issued":
                if (FirstOf(entry.Published is not null))
                {
                    entry.Published = LenientDateParser.Parse(XmlContent.ReadMixed(reader));
                }
                break;
            case "updated" or "modified":
                if (FirstOf(entry.Updated is not null))
                {
                    entry.Updated = LenientDateParser.Parse(XmlContent.ReadMixed(reader));
                }
                break;
            case "description" or "summary":
                if (FirstOf(entry.Summary is not null))
                {
                    entry.Summary = XmlContent.ReadAsHtml(reader, plainTextByDefault: _atom);
                }
                break;
            case "content":
                if (FirstOf(entry.Content is not null))
                {
                    entry.Content = XmlContent.ReadAsHtml(reader, plainTextByDefault: _atom);
                }
                break;
            case "author":
                if (FirstOf(entry.Author is not null))
                {
                    entry.Author = ReadPerson();
                }
                break;
            case "category":
                AddCategory(entry, reader.GetAttribute("term") ?? reader.GetAttribute("label"));
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private void ReadDublinCore(EntryBuilder entry)
    {
        switch (reader.LocalName)
        {
            case "date" or "modified":
                if (FirstOf(entry.Updated is not null))
                {
                    entry.Updated = LenientDateParser.Parse(XmlContent.ReadMixed(reader));
                }
                break;
            case "issued" or "created":
                if (FirstOf(entry.Published is not null))
                {
                    entry.Published = LenientDateParser.Parse(XmlContent.ReadMixed(reader));
                }
                break;
            case "creator":
                if (FirstOf(entry.Author is not null))
                {
                    entry.Author = XmlContent.ReadMixed(reader);
                }
                break;
            case "subject":
                AddCategory(entry, attributeValue: null);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    /// <summary>
    /// Media RSS (YouTube, podcasts, photo feeds) often carries the only description there is,
    /// inside <c>media:group</c>; it is kept as a fallback for the entry's own title and summary.
    /// </summary>
    private void ReadMedia(EntryBuilder entry)
    {
        switch (reader.LocalName)
        {
            case "group" when !reader.IsEmptyElement:
                var depth = reader.Depth;
                reader.Read();
                while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                    }
                    else if (reader.NamespaceURI == FeedNamespaces.Media && reader.LocalName is "title" or "description")
                    {
                        ReadMedia(entry);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                reader.Read();
                break;
            case "title" when entry.MediaTitle is null:
                entry.MediaTitle = XmlContent.ReadAsHtml(reader, plainTextByDefault: true);
                break;
            case "description" when entry.MediaDescription is null:
                entry.MediaDescription = XmlContent.ReadAsHtml(reader, plainTextByDefault: true);
                break;
            default:
                reader.Skip();
                break;
        }
    }

    private void ReadEntryLink(EntryBuilder entry, Uri? baseUri)
    {
        var href = reader.GetAttribute("href");
        if (href is null)
        {
            if (FirstOf(entry.RssLink is not null))
            {
                entry.RssLink = XmlBase.Resolve(XmlContent.ReadMixed(reader), baseUri);
            }
            return;
        }

        switch (LinkKind())
        {
            case AtomLinkKind.Alternate:
                entry.AlternateLink ??= XmlBase.ResolveHref(href, baseUri);
                break;
            case AtomLinkKind.Other:
                entry.OtherLink ??= XmlBase.ResolveHref(href, baseUri);
                break;
        }

        reader.Skip();
    }

    private enum AtomLinkKind
    {
        Alternate,
        Other,
        Ignored,
    }

    /// <summary>
    /// The article is the alternate link of an HTML type (rel and type default to those, RFC 4287
    /// section 4.2.7); an alternate PDF or a related page is only a fallback, and links to the
    /// feed itself, enclosures and comment threads never stand for the article.
    /// </summary>
    private AtomLinkKind LinkKind()
    {
        var rel = reader.GetAttribute("rel")?.Trim();
        if (rel is null or "" or "alternate" or "http://www.iana.org/assignments/relation/alternate")
        {
            var type = reader.GetAttribute("type")?.Trim();
            return type is null or "" || type.Contains("html", StringComparison.OrdinalIgnoreCase)
                ? AtomLinkKind.Alternate
                : AtomLinkKind.Other;
        }

        return rel is "enclosure" or "self" or "replies" or "edit" or "edit-media" or "license" or "hub" or "first" or "last" or "next" or "previous"
            ? AtomLinkKind.Ignored
            : AtomLinkKind.Other;
    }

    /// <summary>An RSS author is text; an Atom author has name and email children.</summary>
    private string? ReadPerson()
    {
        if (reader.IsEmptyElement || !_atom)
        {
            return NullIfBlank(XmlContent.ReadMixed(reader));
        }

        var depth = reader.Depth;
        string? name = null, email = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "name")
            {
                if (FirstOf(name is not null))
                {
                    name = NullIfBlank(XmlContent.ReadMixed(reader));
                }
            }
            else if (reader.LocalName == "email")
            {
                if (FirstOf(email is not null))
                {
                    email = NullIfBlank(XmlContent.ReadMixed(reader));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
        return name ?? email;
    }

    private void AddCategory(EntryBuilder entry, string? attributeValue)
    {
        var value = attributeValue;
        if (value is null)
        {
            value = XmlContent.ReadMixed(reader);
        }
        else
        {
            reader.Skip();
        }

        if (!string.IsNullOrWhiteSpace(value))
        {
            entry.Categories.Add(value.Trim());
        }
    }

    /// <summary>
    /// The first element of each kind wins. A later one is skipped here, because the reader has
    /// to move past it either way: leaving it unread would loop forever.
    /// </summary>
    private bool FirstOf(bool alreadySet)
    {
        if (alreadySet)
        {
            reader.Skip();
        }

        return !alreadySet;
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
