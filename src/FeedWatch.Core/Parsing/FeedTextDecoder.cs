using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Which encoding a feed's bytes are in: BOM, then the HTTP charset, then the XML declaration,
/// then UTF-8. Two corrections for the labels publishers get wrong: bytes labelled (or defaulted
/// to) UTF-8 that are not valid UTF-8 are windows-1252, the most common encoding bug in the wild;
/// bytes labelled with a legacy single-byte charset that are valid UTF-8 with non-ASCII text are
/// UTF-8 (a template's stale declaration), since Latin or Cyrillic text essentially never forms
/// valid multi-byte UTF-8 by accident.
/// </summary>
internal static partial class FeedTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static FeedTextDecoder()
    {
        // windows-1252, KOI8-R, Shift_JIS and friends are still common in the wild.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var encoding = Choose(bytes, contentType, out var bomLength);
        return encoding.GetString(bytes[bomLength..]);
    }

    public static Encoding Choose(ReadOnlySpan<byte> bytes, string? contentType, out int bomLength)
    {
        var fromBom = FromBom(bytes, out bomLength);
        if (fromBom is not null)
        {
            return fromBom;
        }

        var labelled = FromName(CharsetOf(contentType)) ?? FromName(DeclaredEncoding(bytes));
        if (labelled is null || labelled.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8.IsValid(bytes) ? StrictUtf8 : Windows1252;
        }

        return labelled.IsSingleByte && !Ascii.IsValid(bytes) && Utf8.IsValid(bytes) ? StrictUtf8 : labelled;
    }

    /// <summary>
    /// Whether an XmlReader given the raw bytes would decode them as <see cref="Choose"/> does
    /// (it knows only the BOM and the declaration); when not, the text must be decoded first.
    /// </summary>
    public static bool XmlReaderAgrees(ReadOnlySpan<byte> bytes, Encoding chosen, int bomLength)
    {
        var declaredName = DeclaredEncoding(bytes);
        Encoding? declared = null;
        if (declaredName is not null && !TryGetEncoding(declaredName, out declared))
        {
            return false;
        }

        return bomLength > 0
            ? declared is null || declared.CodePage == chosen.CodePage
            : (declared?.CodePage ?? Encoding.UTF8.CodePage) == chosen.CodePage;
    }

    /// <summary>The encoding the XML declaration names, if any (ASCII-compatible documents only).</summary>
    public static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOf("<?xml"u8);
        if (start < 0 || start > 256)
        {
            return null;
        }

        var declaration = bytes[start..];
        var end = declaration.IndexOf("?>"u8);
        declaration = end < 0 ? [] : declaration[..end];
        var key = declaration.IndexOf("encoding"u8);
        if (key < 0)
        {
            return null;
        }

        var rest = declaration[(key + "encoding".Length)..].TrimStart(" \t\r\n="u8);
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
        {
            return null;
        }

        var close = rest[1..].IndexOf(rest[0]);
        return close <= 0 ? null : Encoding.ASCII.GetString(rest.Slice(1, close));
    }

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = CharsetPattern().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            // UTF-16 without a BOM still starts "<?" as 16-bit units (XML 1.0 appendix F).
            [0x3C, 0x00, 0x3F, 0x00, ..] => (Encoding.Unicode, 0),
            [0x00, 0x3C, 0x00, 0x3F, ..] => (Encoding.BigEndianUnicode, 0),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !TryGetEncoding(name, out var encoding))
        {
            return null;
        }

        return encoding.CodePage switch
        {
            // A declaration saying UTF-16 on bytes without a BOM or 16-bit layout is a lie; ignore it.
            1200 or 1201 or 12000 or 12001 => null,
            // As browsers do (WHATWG Encoding): "ISO-8859-1" and "US-ASCII" mean windows-1252, whose
            // curly quotes and dashes publishers paste into text labelled Latin-1.
            28591 or 20127 => Windows1252,
            _ => encoding,
        };
    }

    private static bool TryGetEncoding(string name, [NotNullWhen(true)] out Encoding? encoding)
    {
        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null;
            return false;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

}
