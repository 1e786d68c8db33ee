using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace EventHub.Web.Hosting;

/// <summary>
/// The operator's appsettings.json sits at the top of the repository (beside EventHub.sln), or beside
/// the published app. It is loaded before the app's own appsettings.{Environment}.json, environment variables
/// and the command line, so that <c>Database__Provider</c> and <c>ConnectionStrings__EventHub</c> override it as usual.
/// </summary>
internal static class OperatorSettings
{
    public const string BaseDirectoryKey = "EventHub:BaseDirectory";

    public static void AddOperatorSettings(this WebApplicationBuilder builder)
    {
        var file = Find(builder.Environment.ContentRootPath);
        var directory = file is null ? builder.Environment.ContentRootPath : Path.GetDirectoryName(file)!;
        var sources = builder.Configuration.Sources;
        // Before the host's own appsettings files, so that appsettings.{Environment}.json beside the app (the
        // Development one sets readable console logs) overrides the operator's file, as ASP.NET Core's order goes.
        var firstJson = sources.ToList().FindIndex(s => s is JsonConfigurationSource);
        var position = firstJson >= 0 ? firstJson : sources.TakeWhile(s => s is not EnvironmentVariablesConfigurationSource).Count();
        sources.Insert(position, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = [new(BaseDirectoryKey, directory)],
        });
        if (file is not null)
        {
            sources.Insert(position + 1, new JsonConfigurationSource
            {
                Path = Path.GetFileName(file),
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory),
                Optional = false,
                ReloadOnChange = false,
            });
        }
    }

    /// <summary>The nearest folder above the content root holding EventHub.sln and appsettings.json, else the app's own folder.</summary>
    private static string? Find(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.json");
            if (File.Exists(Path.Combine(dir.FullName, "EventHub.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }
        var besideApp = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        return File.Exists(besideApp) ? besideApp : null;
    }
}
