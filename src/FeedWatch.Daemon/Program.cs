using FeedWatch.Daemon;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();
try
{
    return await DaemonApp.RunAsync(args, CancellationToken.None);
}
catch (Exception ex)
{
    Log.Fatal(ex, "FeedWatch daemon terminated unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
