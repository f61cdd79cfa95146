namespace FeedWatch.Cli;

/// <summary>An expected failure with a message for the user and the exit code it maps to.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
