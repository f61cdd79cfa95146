using System.Text.Json.Serialization;
using FeedWatch.Core.Storage;

namespace FeedWatch.Core.Alerts;

/// <summary>The JSON body of a webhook POST: enough to act on without calling back.</summary>
public sealed record WebhookPayload(
    [property: JsonPropertyName("deliveryId")] string DeliveryId,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("ruleVersion")] string RuleVersion,
    [property: JsonPropertyName("itemId")] int ItemId,
    [property: JsonPropertyName("storyId")] int StoryId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("link")] string? Link,
    [property: JsonPropertyName("feeds")] IReadOnlyList<string> Feeds,
    [property: JsonPropertyName("published")] DateTime? Published,
    [property: JsonPropertyName("firstSeen")] DateTime FirstSeen,
    [property: JsonPropertyName("matches")] IReadOnlyList<WebhookMatch> Matches)
{
    public static WebhookPayload For(WebhookDelivery delivery, StoredItem item)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(item);
        var matches = item.Matches.Where(m => m.Rule == delivery.Rule).ToList();
        return new WebhookPayload(
            delivery.Id, delivery.Rule, matches.FirstOrDefault()?.RuleVersion ?? "", item.Id, item.StoryKey, item.Title, item.Link, item.Sources,
            item.Published, item.FirstSeen, matches.Select(m => new WebhookMatch(m.Term, m.Field, m.Snippet)).ToList());
    }
}

public sealed record WebhookMatch(
    [property: JsonPropertyName("term")] string Term,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("snippet")] string Snippet);
