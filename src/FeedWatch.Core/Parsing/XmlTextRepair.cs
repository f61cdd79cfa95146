using FeedWatch.Core.Normalizing;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Prepares already-decoded text for the recovery read: the XML declaration goes (its encoding
/// no longer applies and a wrong one would make the reader fail), characters XML 1.0 forbids
/// (stray C0 controls, lone surrogates, U+FFFE/U+FFFF) go, and undefined entities and bare
/// ampersands are repaired by <see cref="XmlEntityRepair"/>.
/// </summary>
internal static class XmlTextRepair
{
    public static string Repair(string text) =>
        XmlEntityRepair.Repair(XmlForbiddenCharacters.Remove(ControlSequences.Remove(RemoveDeclaration(text))));

    /// <summary>
    /// Removes an XML declaration anywhere in the prolog: feeds put comments, blank lines or a
    /// BOM before it, which XML forbids. Comments, processing instructions and a DOCTYPE before
    /// the root element are stepped over; the first element or stray text ends the prolog.
    /// </summary>
    private static string RemoveDeclaration(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
            {
                i++;
            }

            if (string.CompareOrdinal(text, i, "<?", 0, 2) == 0)
            {
                var end = text.IndexOf("?>", i, StringComparison.Ordinal);
                if (end < 0)
                {
                    return text;
                }

                if (string.Compare(text, i, "<?xml", 0, 5, StringComparison.OrdinalIgnoreCase) == 0 && end > i + 5 && char.IsWhiteSpace(text[i + 5]))
                {
                    return string.Concat(text.AsSpan(0, i), text.AsSpan(end + 2));
                }

                i = end + 2;
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return text;
                }

                i = end + 3;
            }
            else
            {
                // The root element, a DOCTYPE (the declaration cannot follow it) or stray text.
                return text;
            }
        }

        return text;
    }
}
