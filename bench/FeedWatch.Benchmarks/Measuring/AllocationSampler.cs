using System.Diagnostics.Tracing;
using System.Globalization;

namespace FeedWatch.Benchmarks.Measuring;

/// <summary>
/// Which types an operation allocates, from the runtime's AllocationTick events: one sample per
/// ~100 KB allocated, charged to the type of the object that crossed the threshold. Statistical,
/// but enough to see where the bytes go without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    // Not readonly-initialised: the base constructor calls OnEventSourceCreated before field initialisers run.
    private Dictionary<string, long>? _bytesByType;

    /// <returns>Sampled bytes per type name, largest first.</returns>
    public static IReadOnlyList<KeyValuePair<string, long>> Sample(Action operation, int runs)
    {
        using var sampler = new AllocationSampler();
        for (var i = 0; i < runs; i++)
        {
            operation();
        }

        // Runtime events reach a listener asynchronously, from a dispatch thread.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        lock (sampler)
        {
            return (sampler._bytesByType ?? []).OrderByDescending(pair => pair.Value).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal)
            || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var typeIndex = names.IndexOf("TypeName");
        var amountIndex = names.IndexOf("AllocationAmount64");
        var type = typeIndex >= 0 ? payload[typeIndex] as string ?? "?" : "?";
        var amount = amountIndex >= 0 ? Convert.ToInt64(payload[amountIndex], CultureInfo.InvariantCulture) : 0;
        lock (this)
        {
            _bytesByType ??= [];
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
