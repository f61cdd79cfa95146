using System.ServiceModel.Syndication;
using System.Xml;

namespace FeedWatch.Benchmarks.Parse;

/// <summary>System.ServiceModel.Syndication as it comes: <c>SyndicationFeed.Load</c>, strict dates and all.</summary>
internal static class SyndicationPass
{
    // The same DTD handling as the other two parsers, so DOCTYPE files do not fail here alone.
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    /// <returns>Items loaded, or null when Load threw.</returns>
    public static int? CountItems(byte[] body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, writable: false), Settings);
            return SyndicationFeed.Load(reader).Items.Count();
        }
        // Load throws many types on real feeds (XmlException, FormatException, UriFormatException, …): a
        // failure of any kind is what is being counted here.
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
