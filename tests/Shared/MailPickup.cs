using MimeKit;

namespace EventHub.Testing;

/// <summary>
/// Reads the app's pickup folder (<c>&lt;data folder&gt;/mail/*.eml</c>, written by the outbox
/// dispatcher) as the attendee's mailbox. Waiting is driven by file-system events, not by polling.
/// </summary>
public static class MailPickup
{
    public static string Folder(EventHubApp app) => Path.Combine(app.DataFolder, "mail");

    /// <summary>
    /// The first message in the folder addressed to <paramref name="address"/>, as soon as it is there.
    /// The time limit only turns a message that never comes into a failure instead of a hung test.
    /// </summary>
    public static async Task<MimeMessage> WaitForMessageToAsync(EventHubApp app, string address)
    {
        var folder = Folder(app);
        Directory.CreateDirectory(folder);
        var found = new TaskCompletionSource<MimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(folder, "*.eml");
        // The sender writes "<id>.eml.tmp" and renames it, so a file under its final name is complete.
        watcher.Renamed += (_, e) => Look(e.FullPath);
        watcher.Created += (_, e) => Look(e.FullPath);
        watcher.EnableRaisingEvents = true;
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            Look(file);
        }
        try
        {
            return await found.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException(
                $"No e-mail to {address} in {folder}; it holds: {string.Join(", ", Directory.EnumerateFiles(folder).Select(Path.GetFileName))}");
        }

        void Look(string path)
        {
            if (!path.EndsWith(".eml", StringComparison.Ordinal))
            {
                return;
            }
            try
            {
                var message = MimeMessage.Load(path);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                {
                    found.TrySetResult(message);
                }
            }
            catch (IOException)
            {
                // Replaced while being read (a resend after a crash): its next event will show it.
            }
        }
    }
}
