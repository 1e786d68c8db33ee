using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OfflineScans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ScanId",
                table: "CheckInAttempts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckInAttempts_ScanId",
                table: "CheckInAttempts",
                column: "ScanId",
                unique: true,
                filter: "ScanId IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CheckInAttempts_ScanId",
                table: "CheckInAttempts");

            migrationBuilder.DropColumn(
                name: "ScanId",
                table: "CheckInAttempts");
        }
    }
}
