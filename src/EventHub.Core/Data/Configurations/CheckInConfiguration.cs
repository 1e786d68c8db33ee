using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.AttendanceKey).HasMaxLength(32);
        builder.Property(c => c.StaffUserId).HasMaxLength(450);
        // A check-in is undone once: saving an undo checks that the row is still live (UndoneAt IS NULL), so of two
        // racing undos the database lets one through.
        builder.Property(c => c.UndoneAt).IsConcurrencyToken();
        // Only the first scan counts: the database refuses a second live check-in for the same attendance.
        builder.HasIndex(c => new { c.RegistrationId, c.AttendanceKey })
            .IsUnique()
            .HasFilter("UndoneAt IS NULL")
            .HasDatabaseName("IX_CheckIns_OnePerAttendance");
        builder.HasIndex(c => new { c.CheckpointId, c.CheckedInAt });
        builder.HasIndex(c => c.CheckedInAt);
        // The door list's delta: what changed since a moment.
        builder.HasIndex(c => c.ChangedAt);
        builder.HasOne<Registration>().WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Checkpoint>().WithMany().HasForeignKey(c => c.CheckpointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Device>().WithMany().HasForeignKey(c => c.DeviceId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CheckIns_By", "(StaffUserId IS NULL AND DeviceId IS NOT NULL) OR (StaffUserId IS NOT NULL AND DeviceId IS NULL)"));
    }
}
