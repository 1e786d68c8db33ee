using System.Diagnostics;

namespace EventHub.Testing;

/// <summary>Debian's zbarimg: an independent QR decoder, installed by the test command.</summary>
public static class Zbar
{
    public static async Task<string> DecodeAsync(byte[] image)
    {
        var file = Path.Combine(Path.GetTempPath(), $"eventhub-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, image);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"zbarimg could not decode the image (exit {process.ExitCode}).");
            return output.TrimEnd('\n');
        }
        finally
        {
            File.Delete(file);
        }
    }
}
