using System.Runtime.InteropServices;

namespace FeedWatch.Benchmarks.Measuring;

/// <summary>
/// The process's CPU time (user + system, all threads: GC and LiteDB's included), to the microsecond
/// on Linux (<c>getrusage</c>; <see cref="System.Diagnostics.Process.TotalProcessorTime"/> counts in 10 ms
/// ticks). Unlike wall time it does not grow when another build or test run takes the other core.
/// </summary>
internal static class CpuTime
{
    private const int RusageSelf = 0;

    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageSelf, out var usage) != 0)
        {
            return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        }

        return TimeSpan.FromTicks(((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond) + ((usage.UserMicroseconds + usage.SystemMicroseconds) * TimeSpan.TicksPerMicrosecond));
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project for a struct returned by pointer.
    [DllImport("libc", EntryPoint = "getrusage")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this class does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResident;
        public long SharedMemory;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
