using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class AgendaSelectionConfiguration : IEntityTypeConfiguration<AgendaSelection>
{
    public void Configure(EntityTypeBuilder<AgendaSelection> builder)
    {
        builder.HasKey(a => new { a.RegistrationId, a.SessionId });
        builder.HasIndex(a => a.SessionId);
        builder.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        // Restrict: SQL Server refuses two cascade paths from Events; sessions are emptied before deletion.
        builder.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
