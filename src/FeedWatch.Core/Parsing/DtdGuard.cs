using System.Text;
using System.Text.RegularExpressions;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// DTDs are never processed (the reader ignores them), so attacks cannot work; this names them.
/// A DOCTYPE whose entities are external (XXE) or expand other entities ("billion laughs") is
/// rejected with that reason instead of being read with its references left as literal text.
/// A feed with plain internal entities is still read.
/// </summary>
internal static partial class DtdGuard
{
    private const int MaxDoctypeScan = 256 * 1024;

    /// <returns>Why the document is rejected, or null. Only an ASCII-compatible prolog is scanned here.</returns>
    public static string? Check(ReadOnlySpan<byte> body)
    {
        var doctype = body.IndexOf("<!DOCTYPE"u8);
        if (doctype < 0 || body[doctype..].IndexOf("<!ENTITY"u8) < 0 || StartsAnElement(body[..doctype]))
        {
            return null;
        }

        var length = Math.Min(body.Length - doctype, MaxDoctypeScan);
        return Check(Encoding.Latin1.GetString(body.Slice(doctype, length)));
    }

    /// <param name="text">Decoded text starting anywhere before the DOCTYPE.</param>
    public static string? Check(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype < 0 || text.IndexOf("<!ENTITY", doctype, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        // Entities live in the internal subset, "[" … "]>"; a DOCTYPE closed before any "[" has none,
        // and "<!ENTITY" later in the document is content (CDATA), not a declaration.
        var subsetStart = text.IndexOf('[', doctype);
        var doctypeEnd = text.IndexOf('>', doctype);
        if (subsetStart < 0 || (doctypeEnd >= 0 && doctypeEnd < subsetStart))
        {
            return null;
        }

        var subsetEnd = text.IndexOf("]>", subsetStart, StringComparison.Ordinal);
        var subset = text.AsSpan(subsetStart, (subsetEnd < 0 ? Math.Min(text.Length, subsetStart + MaxDoctypeScan) : subsetEnd) - subsetStart);
        foreach (var match in EntityDeclaration().EnumerateMatches(subset))
        {
            var declaration = subset.Slice(match.Index, match.Length);
            var name = EntityName(declaration);
            if (declaration.Contains(" SYSTEM", StringComparison.Ordinal) || declaration.Contains(" PUBLIC", StringComparison.Ordinal))
            {
                // The W3C's HTML entity sets (&nbsp; and friends) are a common, harmless reference;
                // FeedWatch knows those entities without reading the set.
                if (declaration.Contains("\"-//W3C//ENTITIES", StringComparison.Ordinal))
                {
                    continue;
                }

                return $"Rejected: the DOCTYPE declares an external entity \"{name}\" (an XXE attack or a dependency on another file). FeedWatch never reads DTDs or external entities.";
            }

            if (ValueOf(declaration).ContainsAny('&', '%'))
            {
                return $"Rejected: the DOCTYPE declares entity \"{name}\" that expands other entities (the \"billion laughs\" attack). FeedWatch never expands DTD entities.";
            }
        }

        return null;
    }

    private static bool StartsAnElement(ReadOnlySpan<byte> prolog)
    {
        for (var i = 0; i + 1 < prolog.Length; i++)
        {
            if (prolog[i] == (byte)'<' && char.IsAsciiLetter((char)prolog[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string EntityName(ReadOnlySpan<char> declaration)
    {
        var rest = declaration["<!ENTITY".Length..].TrimStart().TrimStart('%').TrimStart();
        var end = rest.IndexOfAny(' ', '\t', '\n');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    private static ReadOnlySpan<char> ValueOf(ReadOnlySpan<char> declaration)
    {
        var open = declaration.IndexOfAny('"', '\'');
        return open < 0 ? [] : declaration[(open + 1)..];
    }

    [GeneratedRegex(@"<!ENTITY\s[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EntityDeclaration();
}
