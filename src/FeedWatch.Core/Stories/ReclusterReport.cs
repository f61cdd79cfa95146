namespace FeedWatch.Core.Stories;

/// <param name="Scanned">Items placed again.</param>
/// <param name="Moved">Items whose story changed.</param>
/// <param name="Stories">Stories of two or more items in the whole store afterwards.</param>
public sealed record ReclusterReport(int Scanned, int Moved, int Stories);
