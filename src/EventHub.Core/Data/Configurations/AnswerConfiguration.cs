using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventHub.Core.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(Answer.TextMaxLength);
        builder.Property(a => a.Number).HasPrecision(18, 4);
        builder.PrimitiveCollection(a => a.OptionIds).HasMaxLength(1000);
        // One answer per registration and question.
        builder.HasIndex(a => new { a.RegistrationId, a.QuestionId }).IsUnique();
        builder.HasIndex(a => a.QuestionId);
        builder.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        // A question with answers is never deleted (it is hidden): the database refuses it too. NoAction, not
        // Restrict, because the conference already reaches its answers through its registrations (SQL Server
        // refuses a second cascading path).
        builder.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
    }
}
