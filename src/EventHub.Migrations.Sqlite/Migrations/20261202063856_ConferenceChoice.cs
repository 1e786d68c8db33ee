using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConferenceChoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsCurrent",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SelectedEventId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            // An installation upgraded from one conference keeps serving it at its short addresses.
            migrationBuilder.Sql("UPDATE Events SET IsCurrent = 1 WHERE Id = (SELECT MIN(Id) FROM Events)");

            migrationBuilder.CreateIndex(
                name: "IX_Events_IsCurrent",
                table: "Events",
                column: "IsCurrent",
                unique: true,
                filter: "IsCurrent = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_IsCurrent",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "IsCurrent",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SelectedEventId",
                table: "AspNetUsers");
        }
    }
}
