using System.Text;
using FeedWatch.Benchmarks.Matching;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>Turns a draft into a title and a summary: templates filled with the event's facts, then the draft's copy edits.</summary>
internal sealed class ReportWriter(TextVocabulary vocabulary)
{
    /// <summary>Share of a free-text title's words a changed headline replaces.</summary>
    private const double RetitleRate = 0.5;

    /// <summary>Share of words an edit touches (half dropped, half replaced) in a lead or a further sentence.</summary>
    private const double EditRate = 0.12;

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public string Title(NewsEvent news, ReportDraft draft, string suffix) =>
        Render(Edited(news.Headlines[draft.Headline], draft.TitleEdit, RetitleRate), news, draft) + suffix;

    public string Summary(NewsEvent news, ReportDraft draft)
    {
        var text = new StringBuilder(Render(Edited(news.Leads[draft.Lead], draft.LeadEdit, EditRate), news, draft));
        if (!draft.LeadOnly)
        {
            foreach (var (body, i) in draft.Bodies.Select((body, i) => (body, i)))
            {
                text.Append(' ').Append(Render(Edited(news.Bodies[body], draft.BodyEdit == 0 ? 0 : draft.BodyEdit + i, EditRate), news, draft));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A sub-editor's pass: some words dropped, some replaced by others from the vocabulary. Facts and
    /// outlet words (braces, brackets) and the first word are left alone.
    /// </summary>
    private string Edited(string template, int seed, double rate)
    {
        if (seed == 0)
        {
            return template;
        }

        var random = new Random(seed);
        var words = template.Split(' ');
        var kept = new List<string>(words.Length) { words[0] };
        foreach (var word in words.Skip(1))
        {
            var roll = random.NextDouble();
            if (word.Contains('{', StringComparison.Ordinal) || word.Contains('[', StringComparison.Ordinal) || word.Contains(']', StringComparison.Ordinal) || roll >= rate)
            {
                kept.Add(word);
                continue;
            }

            var punctuation = word.Length > 1 && char.IsPunctuation(word[^1]) ? word[^1..] : "";
            if (roll < rate / 2 && punctuation.Length == 0)
            {
                continue;
            }

            kept.Add(vocabulary.NextWord(random) + punctuation);
        }

        return string.Join(' ', kept);
    }

    private static string Render(string template, NewsEvent news, ReportDraft draft)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template[i];
            if (open is not ('{' or '['))
            {
                text.Append(open);
                i++;
                continue;
            }

            var close = template.IndexOf(open == '{' ? '}' : ']', i);
            var name = template[(i + 1)..close];
            var value = open == '{' ? Fact(name.ToLowerInvariant(), news, draft) : Synonyms.Word(name.ToLowerInvariant(), draft.Style);
            text.Append(char.IsUpper(name[0]) ? char.ToUpperInvariant(value[0]) + value[1..] : value);
            i = close + 1;
        }

        if (text.Length > 0 && char.IsLower(text[0]))
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }

    private static string Fact(string name, NewsEvent news, ReportDraft draft) => name switch
    {
        "n1" or "n2" or "n3" => draft.Numbers[name[1] - '1'].ToString(System.Globalization.CultureInfo.InvariantCulture),
        "w1" or "w2" or "w3" => InWords(draft.Numbers[name[1] - '1']),
        _ => news.Facts.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No fact {{{name}}} for a {news.Kind.Name} event."),
    };

    private static string InWords(int number) =>
        number >= 0 && number < NumberWords.Length ? NumberWords[number] : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
