using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class SessionSpeakerConfiguration : IEntityTypeConfiguration<SessionSpeaker>
{
    public void Configure(EntityTypeBuilder<SessionSpeaker> builder)
    {
        builder.HasKey(l => new { l.SessionId, l.SpeakerId });
        builder.HasIndex(l => l.SpeakerId);
        builder.HasOne(l => l.Speaker).WithMany().HasForeignKey(l => l.SpeakerId).OnDelete(DeleteBehavior.Restrict);
    }
}
