using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportConsentConfirmedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsentConfirmedBy",
                table: "Registrations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsentConfirmedBy",
                table: "Registrations");
        }
    }
}
