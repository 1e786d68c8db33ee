using EventHub.Core.Text;

namespace EventHub.Core.Domain;

public sealed class Speaker
{
    private Speaker() { }

    public Speaker(int eventId, string firstName, string lastName)
    {
        EventId = eventId;
        Rename(firstName, lastName);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string? Organization { get; private set; }
    public string BioFr { get; private set; } = "";
    public string BioEn { get; private set; } = "";

    /// <summary>Web addresses the speaker wants shown (site, social profiles).</summary>
    public List<string> Links { get; private set; } = [];

    /// <summary>For organizers only; never shown publicly.</summary>
    public string? Email { get; private set; }

    /// <summary>Lower-cased, accent-free "first last organization" for search.</summary>
    public string SearchKey { get; private set; } = "";

    public SpeakerPhoto? Photo { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public LocalizedText Bio => new(BioFr, BioEn);

    public void Rename(string firstName, string lastName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        RefreshSearchKey();
    }

    public void Describe(string? organization, string bioFr, string bioEn, IEnumerable<string> links, string? email)
    {
        Organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        BioFr = bioFr.Trim();
        BioEn = bioEn.Trim();
        Links = links.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        RefreshSearchKey();
    }

    public void SetPhoto(string contentType, byte[] content, DateTime updatedAtUtc)
    {
        if (Photo is null)
        {
            Photo = new SpeakerPhoto(contentType, content, updatedAtUtc);
        }
        else
        {
            Photo.Replace(contentType, content, updatedAtUtc);
        }
    }

    private void RefreshSearchKey() => SearchKey = SearchText.Key(FirstName, LastName, Organization);
}
