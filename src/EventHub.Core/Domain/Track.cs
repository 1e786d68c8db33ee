namespace EventHub.Core.Domain;

/// <summary>A theme that groups sessions ("volet").</summary>
public sealed class Track
{
    private Track() { }

    public Track(int eventId, string nameFr, string nameEn, string color)
    {
        EventId = eventId;
        Rename(nameFr, nameEn);
        Color = color;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string NameFr { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>A CSS colour; never the only way a track is told apart (its name is always shown).</summary>
    public string Color { get; private set; } = "#37474f";

    public LocalizedText Name => new(NameFr, NameEn);

    public void Rename(string nameFr, string nameEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameFr);
        NameFr = nameFr.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? NameFr : nameEn.Trim();
    }

    public void Recolor(string color) => Color = color;
}
