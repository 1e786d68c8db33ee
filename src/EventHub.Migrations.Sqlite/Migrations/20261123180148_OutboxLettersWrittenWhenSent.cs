using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLettersWrittenWhenSent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite drops a column in place (3.35 and later). EF Core's DropColumn would rebuild the table with
            // foreign keys switched off, which cannot run inside the migration's transaction. A message still
            // pending here has no token to write its e-mail from; the dispatcher drops it (ADR 7).
            migrationBuilder.Sql("ALTER TABLE OutboxMessages DROP COLUMN MimeContent;");

            migrationBuilder.AddColumn<string>(
                name: "ManageToken",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ManageToken",
                table: "OutboxMessages");

            migrationBuilder.AddColumn<byte[]>(
                name: "MimeContent",
                table: "OutboxMessages",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
