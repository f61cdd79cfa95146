namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// How one report of an event is worded: which templates, whose house style, which numbers, which
/// further sentences, and the seeds of the copy-editing done to it (0: none). A copy starts from the
/// draft it was copied from.
/// </summary>
internal sealed record ReportDraft(
    int Headline,
    int Lead,
    int[] Style,
    int[] Numbers,
    IReadOnlyList<int> Bodies,
    bool LeadOnly,
    int TitleEdit,
    int LeadEdit,
    int BodyEdit);
