using Microsoft.Playwright;

namespace EventHub.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright, headless, with a private profile; the bundled browsers are never downloaded.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly string _profile = Directory.CreateTempSubdirectory("eventhub-chromium-").FullName;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Errors and warnings the pages wrote to the browser console, for the test's output.</summary>
    public List<string> ConsoleMessages { get; } = [];

    /// <summary>What the Content-Security-Policy refused in any page: a journey that needed it would be broken.</summary>
    public List<string> CspViolations { get; } = [];

    public Task InitializeAsync() => LaunchAsync([]);

    /// <summary>Starts Chromium; <paramref name="extraArguments"/> can give it a fake camera, for instance.</summary>
    public async Task LaunchAsync(IEnumerable<string> extraArguments)
    {
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", Path.Combine(_profile, "config"));
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path.Combine(_profile, "cache"));
        _playwright ??= await Playwright.CreateAsync();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", .. extraArguments,
            ],
        });
    }

    public string ProfileFolder => _profile;

    /// <summary>A page in a fresh profile; <paramref name="viewport"/> sets a phone's screen, for instance (else Playwright's 1280 × 720).</summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl, ViewportSize? viewport = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = baseUrl.ToString(), Locale = "fr-CA" };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                ConsoleMessages.Add($"{message.Type}: {message.Text}");
            }
            if (message.Text.Contains("CSP violation", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                CspViolations.Add(message.Text);
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
        if (CspViolations.Count > 0)
        {
            throw new InvalidOperationException("The Content-Security-Policy refused: " + string.Join(" | ", CspViolations.Distinct()));
        }
    }
}
