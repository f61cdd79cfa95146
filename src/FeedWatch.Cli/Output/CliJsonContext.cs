using System.Text.Json.Serialization;

namespace FeedWatch.Cli.Output;

/// <summary>
/// Serialization code for the JSON shapes every listing writes, generated at compile time: the
/// reflection-based serializer built (and JIT-compiled) each shape's accessors on first use, ~30-40 ms
/// of a 50-item `items` query. Shapes not listed here still serialize, through reflection (ItemJson.Options).
/// </summary>
[JsonSerializable(typeof(ItemJson))]
[JsonSerializable(typeof(IEnumerable<ItemJson>))]
[JsonSerializable(typeof(StoryJson))]
[JsonSerializable(typeof(IEnumerable<StoryJson>))]
[JsonSerializable(typeof(FeedJson))]
[JsonSerializable(typeof(IEnumerable<FeedJson>))]
[JsonSerializable(typeof(RuleJson))]
[JsonSerializable(typeof(IEnumerable<RuleJson>))]
[JsonSerializable(typeof(DailyCountJson))]
[JsonSerializable(typeof(IEnumerable<DailyCountJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
