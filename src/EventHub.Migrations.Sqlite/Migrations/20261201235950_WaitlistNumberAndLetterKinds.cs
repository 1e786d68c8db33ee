using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WaitlistNumberAndLetterKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_Waitlist",
                table: "Registrations");

            migrationBuilder.RenameColumn(
                name: "WaitlistPosition",
                table: "Registrations",
                newName: "WaitlistNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_Waitlist",
                table: "Registrations",
                columns: new[] { "TicketTypeId", "WaitlistNumber" },
                unique: true,
                filter: "WaitlistNumber IS NOT NULL");

            // The outbox names an e-mail's kind as the code does (LetterKind's names); messages not sent yet keep their kind.
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'Confirmed' WHERE Kind = 'confirmation'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'Waitlisted' WHERE Kind = 'waitlisted'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'Promoted' WHERE Kind = 'waitlist-promoted'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'Link' WHERE Kind = 'link'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'confirmation' WHERE Kind = 'Confirmed'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'waitlisted' WHERE Kind = 'Waitlisted'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'waitlist-promoted' WHERE Kind = 'Promoted'");
            migrationBuilder.Sql("UPDATE OutboxMessages SET Kind = 'link' WHERE Kind = 'Link'");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_Waitlist",
                table: "Registrations");

            migrationBuilder.RenameColumn(
                name: "WaitlistNumber",
                table: "Registrations",
                newName: "WaitlistPosition");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_Waitlist",
                table: "Registrations",
                columns: new[] { "TicketTypeId", "WaitlistPosition" },
                unique: true,
                filter: "WaitlistPosition IS NOT NULL");
        }
    }
}
