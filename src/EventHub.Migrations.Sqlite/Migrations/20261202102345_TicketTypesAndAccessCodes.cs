using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TicketTypesAndAccessCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "TicketTypes",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionFr",
                table: "TicketTypes",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DisplayOrder",
                table: "TicketTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "TicketTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsHidden",
                table: "TicketTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "AccessCodeId",
                table: "Registrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccessCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaxUses = table.Column<int>(type: "INTEGER", nullable: false),
                    Uses = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessCodes", x => x.Id);
                    table.CheckConstraint("CK_AccessCodes_MaxUses", "MaxUses >= 1");
                    table.CheckConstraint("CK_AccessCodes_Uses", "Uses >= 0 AND Uses <= MaxUses");
                    table.ForeignKey(
                        name: "FK_AccessCodes_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AccessCodes_TicketTypes_TicketTypeId",
                        column: x => x.TicketTypeId,
                        principalTable: "TicketTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_AccessCodeId",
                table: "Registrations",
                column: "AccessCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessCodes_EventId_Code",
                table: "AccessCodes",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessCodes_TicketTypeId",
                table: "AccessCodes",
                column: "TicketTypeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Registrations_AccessCodes_AccessCodeId",
                table: "Registrations",
                column: "AccessCodeId",
                principalTable: "AccessCodes",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Registrations_AccessCodes_AccessCodeId",
                table: "Registrations");

            migrationBuilder.DropTable(
                name: "AccessCodes");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_AccessCodeId",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "TicketTypes");

            migrationBuilder.DropColumn(
                name: "DescriptionFr",
                table: "TicketTypes");

            migrationBuilder.DropColumn(
                name: "DisplayOrder",
                table: "TicketTypes");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "TicketTypes");

            migrationBuilder.DropColumn(
                name: "IsHidden",
                table: "TicketTypes");

            migrationBuilder.DropColumn(
                name: "AccessCodeId",
                table: "Registrations");
        }
    }
}
