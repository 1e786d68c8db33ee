using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DoorListChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAt",
                table: "CheckIns",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing check-ins were last written when made, or when undone.
            migrationBuilder.Sql("UPDATE CheckIns SET ChangedAt = COALESCE(UndoneAt, CheckedInAt)");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_EventId_UpdatedAt",
                table: "Registrations",
                columns: new[] { "EventId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ChangedAt",
                table: "CheckIns",
                column: "ChangedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_EventId_UpdatedAt",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_ChangedAt",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "CheckIns");
        }
    }
}
