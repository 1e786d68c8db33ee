using EventHub.Core.Features.CheckIns;
using QRCoder;

namespace EventHub.Core.Features.Badges;

/// <summary>
/// QR images of a badge. The QR holds only <see cref="BadgeCodes.QrPayload"/> (a prefix and the random
/// code), never a name or an e-mail: a phone's camera app that reads it learns nothing personal.
/// </summary>
public static class BadgeQr
{
    public static byte[] Png(string badgeCode, int pixelsPerModule = 8)
    {
        using var data = Encode(badgeCode);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string Svg(string badgeCode)
    {
        using var data = Encode(badgeCode);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(256, 256), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static QRCodeData Encode(string badgeCode)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(BadgeCodes.QrPayload(badgeCode), QRCodeGenerator.ECCLevel.Q);
    }
}
