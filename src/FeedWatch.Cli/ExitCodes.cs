namespace FeedWatch.Cli;

/// <summary>Documented in <c>feedwatch --help</c> and the README; scripts rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int UsageOrConfig = 2;
    public const int DatabaseUnavailable = 3;

    /// <summary><c>probe</c>: at least one document could not be fetched or parsed; the others were still reported.</summary>
    public const int ProbeFailed = 4;

    /// <summary><c>health</c>: the daemon's heartbeat is too old or missing, or a feed has been failing too long; each reason is printed.</summary>
    public const int Unhealthy = 5;

    public const string HelpText = "Exit codes: 0 success, 1 unexpected error, 2 usage or config error, 3 database unavailable (missing or cannot be opened), " +
        "4 probe: a document could not be fetched or parsed, 5 unhealthy (health: no recent heartbeat, or a feed failing too long). A list with nothing in it is success (0); 'show' or 'story' of an unknown id is 2.";
}
