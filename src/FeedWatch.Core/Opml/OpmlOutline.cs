using System.Xml;

namespace FeedWatch.Core.Opml;

/// <summary>The attributes of one <c>outline</c> that matter, whatever their case ("xmlURL", "xmlurl" are in the wild).</summary>
/// <param name="Title">A feed's name: <c>title</c>, the feed's own title where a reader writes both, else <c>text</c>.</param>
/// <param name="FolderName">
/// A folder's name: <c>text</c>, what OPML defines as the outline's label, else <c>title</c>; readers
/// that write a different <c>title</c> on a folder (newsboat's tests) do not show it.
/// </param>
internal sealed record OpmlOutline(string? XmlUrl, string? Url, string? Title, string? FolderName, string? FeedId, bool IsComment)
{
    /// <summary>Reads the attributes and leaves the reader on the element.</summary>
    public static OpmlOutline Read(XmlReader reader)
    {
        string? xmlUrl = null, url = null, title = null, text = null, feedId = null;
        var isComment = false;
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == OpmlReader.FeedWatchNamespace)
            {
                feedId = reader.LocalName == "id" ? reader.Value.Trim() : feedId;
                continue;
            }

            if (reader.NamespaceURI.Length > 0)
            {
                continue;
            }

            switch (reader.LocalName.ToUpperInvariant())
            {
                case "XMLURL":
                    xmlUrl = reader.Value;
                    break;
                case "URL":
                    url = reader.Value;
                    break;
                case "TITLE":
                    title = reader.Value;
                    break;
                case "TEXT":
                    text = reader.Value;
                    break;
                case "ISCOMMENT":
                    isComment = reader.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                    break;
            }
        }

        reader.MoveToElement();
        return new OpmlOutline(xmlUrl, url,
            OpmlReader.CleanText(title) ?? OpmlReader.CleanText(text),
            OpmlReader.CleanText(text) ?? OpmlReader.CleanText(title),
            string.IsNullOrEmpty(feedId) ? null : feedId,
            isComment);
    }
}
