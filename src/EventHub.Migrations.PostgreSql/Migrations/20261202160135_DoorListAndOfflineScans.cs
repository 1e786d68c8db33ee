using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DoorListAndOfflineScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "changedat",
                table: "checkins",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing check-ins were last written when made, or when undone.
            migrationBuilder.Sql("UPDATE CheckIns SET ChangedAt = COALESCE(UndoneAt, CheckedInAt)");

            migrationBuilder.AddColumn<Guid>(
                name: "scanid",
                table: "checkinattempts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_eventid_updatedat",
                table: "registrations",
                columns: new[] { "eventid", "updatedat" });

            migrationBuilder.CreateIndex(
                name: "ix_checkins_changedat",
                table: "checkins",
                column: "changedat");

            migrationBuilder.CreateIndex(
                name: "ix_checkinattempts_scanid",
                table: "checkinattempts",
                column: "scanid",
                unique: true,
                filter: "ScanId IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registrations_eventid_updatedat",
                table: "registrations");

            migrationBuilder.DropIndex(
                name: "ix_checkins_changedat",
                table: "checkins");

            migrationBuilder.DropIndex(
                name: "ix_checkinattempts_scanid",
                table: "checkinattempts");

            migrationBuilder.DropColumn(
                name: "changedat",
                table: "checkins");

            migrationBuilder.DropColumn(
                name: "scanid",
                table: "checkinattempts");
        }
    }
}
