using EventHub.Core.Data;

namespace EventHub.Web.Hosting;

/// <summary>The operator's choices read from configuration once at start-up.</summary>
public sealed record EventHubSettings(string DataFolder, bool Demo, DatabaseSettings Database)
{
    public static EventHubSettings From(IConfiguration configuration)
    {
        var baseDirectory = configuration[OperatorSettings.BaseDirectoryKey] ?? Directory.GetCurrentDirectory();
        var dataFolder = Path.GetFullPath(Path.Combine(baseDirectory, configuration["EventHub:DataFolder"] is { Length: > 0 } folder ? folder : "data"));
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider must be 'Sqlite', 'SqlServer' or 'PostgreSql', not '{providerName}'.");
        var connectionString = configuration.GetConnectionString("EventHub");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataFolder, "eventhub.db")}"
                : throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:EventHub (or the ConnectionStrings__EventHub environment variable).");
        }
        return new(dataFolder, configuration.GetValue<bool>("EventHub:Demo"), new DatabaseSettings(provider, connectionString));
    }
}
