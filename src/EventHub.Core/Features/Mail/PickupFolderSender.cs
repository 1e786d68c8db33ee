namespace EventHub.Core.Features.Mail;

/// <summary>
/// The embedded setup's "mail server": each message becomes <c>&lt;id&gt;.eml</c> in a folder, which any
/// mail client opens. Written to a temporary name and then renamed, so a reader never sees half a file,
/// and named by the outbox id, so sending again after a crash replaces rather than duplicates.
/// </summary>
public sealed class PickupFolderSender(string folder) : IEmailSender
{
    public string Folder => folder;

    public async Task SendAsync(long messageId, byte[] mimeContent, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{messageId}.eml");
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, mimeContent, ct);
        File.Move(temporary, path, overwrite: true);
    }
}
