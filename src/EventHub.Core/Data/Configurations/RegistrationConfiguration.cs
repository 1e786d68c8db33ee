using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.FirstName).HasMaxLength(100);
        builder.Property(r => r.LastName).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.NormalizedEmail).HasMaxLength(256);
        builder.Property(r => r.Organization).HasMaxLength(200);
        builder.Property(r => r.JobTitle).HasMaxLength(200);
        builder.Property(r => r.Needs).HasMaxLength(1000);
        builder.Property(r => r.PreferredLanguage).HasMaxLength(2);
        builder.Property(r => r.BadgeCode).HasMaxLength(32);
        builder.Property(r => r.ManageTokenHash).HasMaxLength(64);
        builder.Property(r => r.SearchKey).HasMaxLength(400);
        builder.Property(r => r.ConsentConfirmedBy).HasMaxLength(256);

        builder.HasIndex(r => r.BadgeCode).IsUnique();
        builder.HasIndex(r => r.ManageTokenHash).IsUnique();
        // One active registration per e-mail and event. Unquoted identifiers read the same on SQLite and SQL Server.
        builder.HasIndex(r => new { r.EventId, r.NormalizedEmail })
            .IsUnique()
            .HasFilter("NormalizedEmail IS NOT NULL AND Status <> 'Cancelled'")
            .HasDatabaseName("IX_Registrations_ActiveEmail");
        // The waitlist is an ordered queue per ticket type: a number is handed out once.
        builder.HasIndex(r => new { r.TicketTypeId, r.WaitlistNumber })
            .IsUnique()
            .HasFilter("WaitlistNumber IS NOT NULL")
            .HasDatabaseName("IX_Registrations_Waitlist");
        builder.HasIndex(r => new { r.EventId, r.SearchKey });
        builder.HasIndex(r => new { r.EventId, r.LastName, r.FirstName });
        builder.HasIndex(r => new { r.EventId, r.Status });
        // The door list's delta: a conference's registrations changed since a moment.
        builder.HasIndex(r => new { r.EventId, r.UpdatedAt });

        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.TicketType).WithMany().HasForeignKey(r => r.TicketTypeId).OnDelete(DeleteBehavior.Restrict);
        // Kept while a registration holds its code's use; the code is deleted only with its ticket type, which then has no registrations.
        builder.HasOne<AccessCode>().WithMany().HasForeignKey(r => r.AccessCodeId).OnDelete(DeleteBehavior.NoAction);
        builder.Ignore(r => r.FullName);
    }
}
