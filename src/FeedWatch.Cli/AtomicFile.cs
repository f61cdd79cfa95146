namespace FeedWatch.Cli;

/// <summary>
/// Writes a file beside its target and moves it over the target when complete: an interrupted or
/// refused write never leaves a truncated file, nor touches the one already there.
/// </summary>
internal static class AtomicFile
{
    /// <param name="check">Runs on the complete new file before it replaces the target; throwing keeps the target as it was.</param>
    public static void Write(string path, byte[] content, Action<string>? check = null) =>
        Write(path, stream => stream.Write(content), check);

    /// <param name="writeContent">Writes the whole new content (streamed, however large) to the file beside the target.</param>
    /// <param name="check">Runs on the complete new file before it replaces the target; throwing keeps the target as it was.</param>
    public static void Write(string path, Action<Stream> writeContent, Action<string>? check = null)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        var target = Path.GetFullPath(path);
        // A symlinked config (dotfiles repos) keeps its link: the file it points to is what changes.
        target = File.Exists(target) ? File.ResolveLinkTarget(target, returnFinalTarget: true)?.FullName ?? target : target;
        var partial = target + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            {
                writeContent(stream);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                // A config readable only by its owner (it may hold webhook URLs with tokens) stays so.
                File.SetUnixFileMode(partial, File.GetUnixFileMode(target));
            }

            check?.Invoke(partial);
            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Discard(partial);
            throw new CliException(ExitCodes.UsageOrConfig, $"Cannot write '{path}': {ex.Message}");
        }
        catch
        {
            Discard(partial);
            throw;
        }
    }

    // File.Delete throws when the folder does not exist, which is one of the failures it cleans up after.
    private static void Discard(string partial)
    {
        if (File.Exists(partial))
        {
            File.Delete(partial);
        }
    }
}
