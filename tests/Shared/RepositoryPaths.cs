namespace EventHub.Testing;

public static class RepositoryPaths
{
    /// <summary>The folder holding EventHub.sln, found upward from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave files for people to look at (screenshots): TestResults/artifacts.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "TestResults", "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventHub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EventHub.sln not found above the test folder.");
    }
}
