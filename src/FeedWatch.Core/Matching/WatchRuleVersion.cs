using System.Security.Cryptography;
using System.Text;
using FeedWatch.Core.Configuration;

namespace FeedWatch.Core.Matching;

/// <summary>
/// A short hash of everything that decides what a rule matches (not its webhook), recorded on each
/// match so that an analyst can tell which edit of a rule flagged an item, and rescan can tell
/// flags made by an older version.
/// </summary>
public static class WatchRuleVersion
{
    public static string Of(WatchRuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var canonical = new StringBuilder()
            .Append(rule.Name).Append('\u001F')
            .AppendJoin('\u001E', rule.Terms).Append('\u001F')
            .AppendJoin('\u001E', rule.Exclude).Append('\u001F')
            .AppendJoin('\u001E', rule.Patterns).Append('\u001F')
            .AppendJoin('\u001E', rule.Fields.Select(f => f.ToLowerInvariant()).Order(StringComparer.Ordinal)).Append('\u001F')
            .Append(rule.CaseSensitive switch { null => "auto", true => "case", false => "nocase" })
            .ToString();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
