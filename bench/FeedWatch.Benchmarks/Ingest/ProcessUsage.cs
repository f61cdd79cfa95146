using System.Globalization;

namespace FeedWatch.Benchmarks.Ingest;

/// <summary>
/// What Linux says about a live process: peak resident set (VmHWM, the high-water mark of RSS),
/// CPU time (user + system) and bytes passed to write calls (<c>wchar</c>: the LiteDB file and
/// its log; the daemon writes nothing else of size with logging at Warning).
/// </summary>
internal sealed record ProcessUsage(long PeakResidentBytes, TimeSpan CpuTime, long? WrittenBytes)
{
    // /proc reports CPU time in USER_HZ, 1/100 s on every Linux ABI whatever the kernel's own HZ.
    private const double ClockTicksPerSecond = 100;

    /// <summary>Null once the process has exited: a zombie has no memory lines, a reaped process no /proc entry.</summary>
    public static ProcessUsage? Read(int pid)
    {
        try
        {
            if (Field(File.ReadAllText($"/proc/{pid}/status"), "VmHWM:") is not { } peakKilobytes)
            {
                return null;
            }

            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces; fields 14 and 15 (utime,
            // stime) are the 12th and 13th after it.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return new ProcessUsage(peakKilobytes * 1024, TimeSpan.FromSeconds(ticks / ClockTicksPerSecond), ReadWrittenBytes(pid));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? ReadWrittenBytes(int pid)
    {
        try
        {
            return Field(File.ReadAllText($"/proc/{pid}/io"), "wchar:");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Some containers hide /proc/<pid>/io; the column is then left empty.
            return null;
        }
    }

    private static long? Field(string text, string name)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                var value = line[name.Length..].Trim().Split(' ')[0];
                return long.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
