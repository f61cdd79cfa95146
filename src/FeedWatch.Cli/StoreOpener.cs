using System.CommandLine;
using FeedWatch.Core.Storage;
using LiteDB;

namespace FeedWatch.Cli;

/// <summary>Finds the database from <c>--db</c> or the config, and opens it beside a running daemon.</summary>
internal static class StoreOpener
{
    public static IItemStore Open(ParseResult parse)
    {
        var path = DatabasePath(parse);
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.DatabaseUnavailable,
                $"Database '{path}' does not exist yet. Start the daemon (it creates it) or pass --db PATH.");
        }

        try
        {
            return LiteDbItemStore.OpenExisting(path);
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException(ExitCodes.DatabaseUnavailable, $"Cannot open database '{path}': {ex.Message}");
        }
    }

    public static string DatabasePath(ParseResult parse)
    {
        if (parse.GetValue(GlobalOptions.Database) is { Length: > 0 } explicitPath)
        {
            return Path.GetFullPath(explicitPath);
        }

        return CliConfig.Load(parse).Storage.Path;
    }
}
