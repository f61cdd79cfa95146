namespace FeedWatch.Benchmarks.Stories;

/// <summary>One ingest of the generated items into a new file: per block of items, the wall and CPU time of its IngestBatch calls.</summary>
/// <param name="Cpu">Process CPU time (<see cref="Measuring.CpuTime"/>), which other processes on the machine do not inflate.</param>
/// <param name="StoryOf">With stories and when asked for: per item, the index of the first item of its story (read back from the store).</param>
/// <param name="FullCollections">Gen2 collections that began inside IngestBatch calls (each block starts from an induced one, not counted).</param>
internal sealed record IngestTiming(bool Stories, TimeSpan[] Wall, TimeSpan[] Cpu, int FullCollections, long FileBytes, int[]? StoryOf)
{
    public TimeSpan TotalWall => TimeSpan.FromTicks(Wall.Sum(block => block.Ticks));

    public TimeSpan TotalCpu => TimeSpan.FromTicks(Cpu.Sum(block => block.Ticks));
}
