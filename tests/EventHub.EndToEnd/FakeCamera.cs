using QRCoder;

namespace EventHub.EndToEnd;

/// <summary>
/// A video file Chromium plays as its camera (--use-file-for-fake-video-capture): a white frame with a
/// badge's QR code in the middle, written as raw Y4M (4:2:0) so no image library is needed.
/// </summary>
public static class FakeCamera
{
    public static string WriteVideo(string payload, string folder)
    {
        const int width = 640, height = 480, moduleSize = 8, frames = 10;
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.Q);
        var modules = data.ModuleMatrix;
        var size = modules.Count * moduleSize;
        var left = (width - size) / 2;
        var top = (height - size) / 2;

        var luma = new byte[width * height];
        Array.Fill(luma, (byte)235);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y / moduleSize][x / moduleSize])
                {
                    luma[(top + y) * width + left + x] = 16;
                }
            }
        }
        var chroma = new byte[width / 2 * (height / 2)];
        Array.Fill(chroma, (byte)128);

        var path = Path.Combine(folder, "badge-camera.y4m");
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var i = 0; i < frames; i++)
        {
            file.Write("FRAME\n"u8);
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
        return path;
    }
}
