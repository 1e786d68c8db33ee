using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.TitleFr).HasMaxLength(200);
        builder.Property(s => s.TitleEn).HasMaxLength(200);
        builder.Property(s => s.AbstractFr).HasMaxLength(4000);
        builder.Property(s => s.AbstractEn).HasMaxLength(4000);
        builder.HasIndex(s => new { s.RoomId, s.StartsAt });
        builder.HasIndex(s => new { s.EventId, s.Status, s.StartsAt });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Sessions_Duration", "DurationMinutes > 0");
            t.HasCheckConstraint("CK_Sessions_Seats", "SeatsTaken >= 0 AND (SeatLimit IS NULL OR SeatsTaken <= SeatLimit)");
            t.HasCheckConstraint("CK_Sessions_Times", "(StartsAt IS NULL AND EndsAt IS NULL) OR EndsAt > StartsAt");
        });
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Track>().WithMany().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Speakers).WithOne().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Speakers).HasField("_speakers");
        builder.Ignore(s => s.Title);
        builder.Ignore(s => s.Abstract);
        builder.Ignore(s => s.IsScheduled);
    }
}
