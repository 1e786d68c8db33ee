using EventHub.Core.Features.Events;
using EventHub.Core.Features.Program;
using EventHub.Web.Features.Events;

namespace EventHub.Web.Features.Program;

/// <summary>The published program behind a public address (see <see cref="PublicConference"/>).</summary>
public sealed class PublicProgramSource(ConferenceDirectory conferences, PublishedProgram published)
{
    /// <summary>
    /// The program, <see cref="ProgramSnapshot.Empty"/> when the installation has no conference to show at a short
    /// address, or null when the address names a conference that does not exist (the page answers 404).
    /// </summary>
    public async Task<ProgramSnapshot?> GetAsync(string? slug, CancellationToken ct = default) =>
        await conferences.ResolveAsync(slug, ct) is { } conference
            ? await published.GetAsync(conference.Id)
            : string.IsNullOrEmpty(slug) ? ProgramSnapshot.Empty : null;
}
