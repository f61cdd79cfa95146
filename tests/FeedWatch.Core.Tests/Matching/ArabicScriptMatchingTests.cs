using FeedWatch.Core.Configuration;
using FeedWatch.Core.Matching;

namespace FeedWatch.Core.Tests.Matching;

/// <summary>Urdu, Pashto and Arabic feeds spell one word with different code points depending on the keyboard.</summary>
public sealed class ArabicScriptMatchingTests
{
    // As an Urdu writer types it: Farsi yeh (ی) and keheh (ک).
    private static readonly WatchMatcher Matcher = new([new WatchRuleDefinition { Name = "TTP", Terms = ["تحریک طالبان پاکستان"] }]);

    private static bool Fires(string text) => Matcher.Match([new MatchField(MatchField.Title, text)]).Count > 0;

    [Theory]
    [InlineData("کالعدم تحریک طالبان پاکستان نے ذمہ داری قبول کر لی", "as written")]
    [InlineData("کالعدم تحريك طالبان پاکستان نے ذمہ داری قبول کر لی", "Arabic yeh and kaf")]
    [InlineData("کالعدم تحریـــک طالبان پاکستان", "tatweel")]
    [InlineData("کالعدم تَحرِیک طالِبان پاکستان", "short-vowel diacritics")]
    [InlineData("کالعدم تحری\u200Cک طالبان پاکستان", "zero-width non-joiner inside a word")]
    [InlineData("(تحریک طالبان پاکستان)", "punctuation around")]
    public void Match_TermInUrduScript_MatchesLetterVariants(string text, string variant)
    {
        Assert.True(Fires(text), variant);
    }

    [Theory]
    [InlineData("تحریک انصاف پاکستان")] // a different party: the words differ
    [InlineData("طالبان پاکستان")] // part of the phrase only
    public void Match_DifferentWords_DoNotMatch(string text)
    {
        Assert.False(Fires(text));
    }

    [Fact]
    public void Match_TermTypedWithArabicLetters_MatchesTextInPersianLetters()
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "TTP", Terms = ["تحريك طالبان"] }]);

        Assert.NotEmpty(matcher.Match([new MatchField(MatchField.Summary, "د تحریک طالبان ویاند")]));
    }

    [Fact]
    public void Match_HehGoalAndArabicHeh_AreOneLetter()
    {
        // "Wazir" province names aside, ہ (heh goal, Urdu) and ه (Arabic heh) spell the same sound.
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "Frontier", Terms = ["ڈیورنڈ لائن", "سرحدہ"] }]);

        Assert.NotEmpty(matcher.Match([new MatchField(MatchField.Title, "سرحده پر کشیدگی")]));
    }

    [Theory]
    [InlineData("ﻃﺎﻟﺒﺎﻥ", "presentation forms (NFKC)")]
    [InlineData("۲۰۲۶ طالبان", "Urdu digits")]
    public void Match_CompatibilityForms_Normalized(string text, string variant)
    {
        var matcher = new WatchMatcher([new WatchRuleDefinition { Name = "T", Terms = ["طالبان"] }]);

        Assert.True(matcher.Match([new MatchField(MatchField.Title, text)]).Count > 0, variant);
    }

    [Fact]
    public void Match_Snippet_IsTheOriginalTextNotTheUnifiedOne()
    {
        var match = Assert.Single(Matcher.Match([new MatchField(MatchField.Title, "کالعدم تحريك طالبان پاکستان")]));

        Assert.Equal("تحريك طالبان پاکستان", match.Snippet.Substring(match.HitStart, match.HitLength));
    }
}
