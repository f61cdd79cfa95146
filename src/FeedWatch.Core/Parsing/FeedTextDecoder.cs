using System.Text;
using System.Text.RegularExpressions;

namespace FeedWatch.Core.Parsing;

/// <summary>
/// Bytes to text the way XML says (BOM, then the declaration's encoding, then UTF-8), but
/// tolerant: an unknown encoding name falls back to UTF-8 instead of losing the feed.
/// </summary>
internal static partial class FeedTextDecoder
{
    static FeedTextDecoder()
    {
        // windows-1252, KOI8-R, Shift_JIS and friends are still common in the wild.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var encoding = FromBom(bytes, out var bomLength)
            ?? FromName(CharsetOf(contentType))
            ?? FromName(DeclaredEncoding(bytes))
            ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        return encoding.GetString(bytes[bomLength..]);
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

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = CharsetPattern().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // A declaration saying UTF-16 on bytes without a BOM or 16-bit layout is a lie; ignore it.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}
